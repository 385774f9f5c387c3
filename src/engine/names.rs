//! Given names and the sex they are most often given to, for telling
//! whether "he" or "she" can be a person named in the article.
//!
//! Source: the US Census Bureau's 1990 name frequency files
//! (`dist.male.first`, `dist.female.first`; public domain, as shipped in the
//! `names` package on PyPI): every name given to at least 0.03% of one sex
//! and to less than a tenth as many of the other. Lowercase, ASCII, sorted,
//! one space between names, so a look-up is a binary search over the bytes
//! and the lists cost no pointer table in the wasm.
//!
//! Known failure cases: names outside the 1990 United States (most
//! non-English names) are not known; a name given to both sexes (Jordan,
//! Kelly) is not known; a person who goes by a name of the other sex is
//! misjudged.

use super::lexicon::Words;

const MALE: &str = "\
aaron abraham adam alan albert alberto alejandro alex alexander alfonso alfred alfredo allan \
allen alton alvin andre andres andrew andy angelo anthony antonio archie armando arnold \
arthur arturo austin barry ben benjamin benny bernard bill billy blake bob bobby brad \
bradley brandon brent brett brian bruce bryan byron calvin cameron carl carlos carlton cecil \
cesar chad charles charlie chester christopher clarence claude clayton clifford clifton \
clinton clyde cody colin corey cory craig curtis dale damon dan daniel danny darrell darren \
darryl daryl dave david dean delbert dennis derek derrick dominic don donald doug douglas \
duane dustin dwayne dwight earl earnest ed eddie edgar edmund eduardo edward edwin elmer \
enrique eric erik ernest ernesto eugene evan everett felipe felix fernando floyd francisco \
frank franklin fred frederick fredrick gabriel garry gary gene geoffrey george gerald gerard \
gerardo gilbert glen glenn gordon grant greg gregory guillermo guy harold harry harvey \
hector henry herbert herman homer horace howard hubert hugh ian isaac ivan jack jacob james \
jared jason javier jay jeff jeffery jeffrey jeremiah jeremy jerome jerry jesse jesus jim \
jimmy joe joel joey john johnathan johnny jon jonathan jonathon jorge jose joseph joshua \
juan julian julio julius justin karl keith kelvin ken kenneth kenny kent kevin kirk kurt \
kyle lance larry lawrence leo leon leonard leroy lester lewis lloyd lonnie lorenzo louis \
lucas luis luke luther lyle malcolm manuel marc marco marcus mario mark marshall martin \
marvin mathew matt matthew maurice max melvin michael micheal miguel mike milton mitchell \
morris myron nathan nathaniel neal neil nelson nicholas nick norman oliver omar orlando \
oscar otis pablo patrick paul pedro perry pete peter philip phillip preston rafael ralph \
ramon randall randolph randy raul ray raymond reginald rex ricardo richard rick rickey ricky \
robert roberto roderick rodney rodolfo roger roland ron ronald ronnie ross roy ruben rudolph \
rudy russell ryan salvador sam samuel scott sean sergio seth shane shaun sidney spencer \
stanley stephen steve steven stuart ted terrance terrence theodore thomas tim timothy todd \
tom tommy tony travis trevor troy tyler tyrone vernon victor vincent virgil wade wallace \
walter warren wayne wendell wesley wilbur willard william willis wm zachary";

const FEMALE: &str = "\
ada adrienne agnes alberta alexandra alice alicia alison allison alma alyssa amanda amber \
amelia amy ana andrea angela angelica angelina angie anita ann anna anne annette annie \
antoinette april arlene ashley audrey barbara beatrice becky belinda bernadette bernice \
bertha bessie beth bethany betsy betty beulah beverly blanca blanche bonnie brandi brandy \
brenda bridget brittany brooke candace candice carla carmen carol carole caroline carolyn \
carrie cassandra catherine cathy cecelia cecilia celia charlene charlotte chelsea cheryl \
christie christina christine christy cindy claire clara claudia colleen connie constance \
cora cristina crystal cynthia daisy danielle darlene dawn deanna debbie deborah debra della \
delores denise desiree diana diane dianna dianne dolores donna dora doreen doris dorothy \
edith edna eileen elaine eleanor elena elizabeth ella ellen eloise elsie emily emma erica \
erika erin erma ernestine estelle esther ethel eula eunice eva evelyn fannie faye felicia \
flora florence frances freda gail gayle geneva genevieve georgia geraldine gertrude gina \
ginger gladys glenda gloria grace gretchen gwen gwendolyn hannah harriet hattie hazel \
heather heidi helen henrietta hilda holly hope ida inez irene iris irma isabel jacqueline \
jacquelyn jana jane janet janice janie janis jasmine jeanette jeanne jeannette jenna jennie \
jennifer jenny jessica jill jo joan joann joanna joanne jodi josephine joy joyce juana \
juanita judith judy julia julie june kara karen kari karla katherine kathleen kathryn kathy \
katie katrina kay kayla kelli kendra kimberly krista kristen kristi kristin kristina \
kristine kristy krystal latoya laura lauren laurie leah lena leona leticia lillian lillie \
linda lindsay lisa lois lola lora loretta lori lorraine louise lucille lucy lula luz lydia \
lynda lynette lynne mabel mable madeline mae maggie mamie marcella marcia margaret margarita \
margie marguerite maria marian marianne marie marilyn marjorie marlene marsha martha mary \
maryann mattie maureen maxine megan meghan melanie melinda melissa melody mercedes meredith \
michele michelle mildred minnie miriam misty molly mona monica monique muriel myra myrtle \
nadine nancy naomi natalie natasha nellie nichole nicole nina nora norma olga olive olivia \
opal pam pamela patricia patsy patty paula paulette pauline pearl peggy penny phyllis \
priscilla rachael rachel ramona raquel rebecca regina renee rhonda rita roberta robyn \
rochelle rosa rosalie rose rosemarie rosemary rosie roxanne ruby ruth sabrina sadie sally \
samantha sandra sara sarah sharon sheila shelia shelley shelly sheri sherri sherry sheryl \
shirley sonia sonya sophia stella stephanie sue susan susie suzanne sylvia tamara tammy \
tanya tara tasha teresa teri terri thelma theresa tiffany tina toni tonya traci tricia \
valerie vanessa velma vera verna veronica vicki vickie vicky victoria viola violet virginia \
vivian wanda wendy wilma yolanda yvette yvonne";

/// `Some(true)` for a man's given name, `Some(false)` for a woman's, `None`
/// when it is neither list's (or both's). `w` is lowercase.
pub fn is_male(w: &str) -> Option<bool> {
    match (Words(MALE).contains(w), Words(FEMALE).contains(w)) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_look_ups_work() {
        for list in [MALE, FEMALE] {
            crate::engine::lexicon::tests::assert_sorted(Words(list));
        }
        assert_eq!(is_male("john"), Some(true));
        assert_eq!(is_male("mary"), Some(false));
        assert_eq!(is_male("kelly"), None);
        assert_eq!(is_male("zzz"), None);
        assert_eq!(is_male(""), None);
    }
}
