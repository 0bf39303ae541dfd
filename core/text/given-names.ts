/**
 * Common given names of the people who appear in Turkish and English news (English, Turkish,
 * Russian, Persian/Arabic, European), folded. Right before a surname, one of these means another
 * person (`Mary Trump`, `Igor Putin`, `Hadi Hamaney`), in any language of the text.
 *
 * Words that are also ordinary English words or titles are left out (`Will`, `Bill`, `Hope`), and
 * so is `Kim`, which is one of our short forms.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    // English, male.
    'james john robert michael william david richard joseph thomas charles christopher daniel matthew',
    'anthony donald steven stephen paul andrew joshua kenneth kevin brian george timothy ronald edward',
    'jason jeffrey ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin samuel',
    'gregory alexander frank patrick raymond jack dennis jerry tyler aaron adam nathan henry douglas',
    'zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin',
    'carl arthur lawrence dylan jesse jordan bryan billy bruce gabriel logan albert willie alan wayne',
    'elijah randy roy vincent ralph eugene russell bobby philip louis barron fred hunter jared mike',
    'joe tom tim jim bob steve dan ben sam nick tony chris greg ted hugh neil ian',
    // English, female.
    'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret',
    'sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca',
    'sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha',
    'katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia',
    'joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah',
    'jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy',
    'sophia denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany',
    'charlotte marie kayla alexis lori melania ivanka tiffany lara ivana marla maryanne vanessa hillary',
    'kate jane susie nikki kamala',
    // Russian and Ukrainian.
    'vladimir sergey sergei aleksandr aleksey alexei alexey dmitry dmitriy dmitri andrey andrei mikhail',
    'nikolai nikolay ivan igor yevgeny evgeny yuri yury oleg pavel boris maxim maksim roman viktor',
    'anatoly valentina lyudmila ludmila olga tatiana tatyana natalia natalya irina svetlana yelena',
    'elena ekaterina yekaterina marina galina katerina vera volodymyr petro vitali vitaly mariya',
    // Persian and Arabic.
    'mohammad muhammad mohammed mahmoud mahmud ahmad ahmed hassan hasan hossein hussein mojtaba mucteba',
    'masoud mesud mehdi reza hamid javad abbas ebrahim ibrahim mustafa mostafa omar umar khalid yusuf',
    'yousef saeed hadi majid ruhollah akbar jafar kazem ismail fatima zahra maryam masoumeh',
    // Turkish.
    'mehmet ahmet ayse fatma emine hatice zeynep elif murat kemal recep tayyip hakan huseyin osman',
    'omer halil suleyman abdullah burak emre cem ozgur serkan volkan tolga mert ece selin merve esra',
    'ebru ayla aylin ozlem',
    // Korean given-name syllables, written after the family name (`Kim Jong`, `Kim Yo-jong`).
    'jong yo yong il ju dae ryong hyon chol sol pyong kyong jae',
    // Other European.
    'pierre jacques emmanuel francois olaf friedrich hans klaus giorgia matteo pedro luis carlos javier',
    'keir rishi narendra yair',
  ]
    .join(' ')
    .split(' '),
);
