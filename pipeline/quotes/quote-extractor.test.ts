import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PeopleRegistry, Quote } from '../../core/protocol/types';
import { FIXTURE_PEOPLE } from '../../test/fixtures/paths';
import { extractQuotes, findQuoteSpans, splitSentences } from './quote-extractor';

const registry = JSON.parse(readFileSync(FIXTURE_PEOPLE, 'utf8')) as PeopleRegistry;
const people = registry.people;

type Expected = [text: string, speakerId: string | null, fragment: boolean, speakerName?: string | null];

interface Case {
  name: string;
  title?: string;
  paragraphs: string[];
  /** Every quote, in order: text, speaker id, fragment?, optionally the speaker as written. */
  quotes: Expected[];
}

function run(c: Case): Quote[] {
  return extractQuotes(
    { title: c.title ?? 'Başlık', subtitle: null, headings: [], paragraphs: c.paragraphs },
    people,
  );
}

function check(c: Case): void {
  const got = run(c);
  expect(got.map((q) => [q.text, q.speakerId, q.fragment])).toEqual(
    c.quotes.map(([text, id, fragment]) => [text, id, fragment]),
  );
  c.quotes.forEach(([, , , name], i) => {
    if (name !== undefined) expect(got[i]?.speakerName).toBe(name);
  });
}

describe('Turkish attribution patterns', () => {
  const cases: Case[] = [
    {
      name: 'X, "…" dedi',
      paragraphs: ['Putin, "Batı ateşle oynuyor" dedi.'],
      quotes: [['Batı ateşle oynuyor', 'vladimir-putin', false, 'Putin']],
    },
    {
      name: 'role + name, "…" diye konuştu; the speaker is written with the role',
      paragraphs: ['Rusya Devlet Başkanı Vladimir Putin, "Hedeflerimize mutlaka ulaşacağız" diye konuştu.'],
      quotes: [
        ['Hedeflerimize mutlaka ulaşacağız', 'vladimir-putin', false, 'Rusya Devlet Başkanı Vladimir Putin'],
      ],
    },
    {
      name: '"…" şeklinde konuştu',
      paragraphs: ['Trump, "İran ile adil bir anlaşmaya hazırız" şeklinde konuştu.'],
      quotes: [['İran ile adil bir anlaşmaya hazırız', 'donald-trump', false]],
    },
    {
      name: '"…" ifadelerini kullandı',
      paragraphs: ['Lavrov, "Diyaloğa her zaman açığız ama şartlarımız belli" ifadelerini kullandı.'],
      quotes: [['Diyaloğa her zaman açığız ama şartlarımız belli', 'sergey-lavrov', false]],
    },
    {
      name: '"…" açıklamasında bulundu',
      paragraphs: ['Hamaney, "Direniş cephesi asla geri adım atmayacak" açıklamasında bulundu.'],
      quotes: [['Direniş cephesi asla geri adım atmayacak', 'ali-khamenei', false]],
    },
    {
      name: '"…" diye vurguladı / kaydetti / ekledi / belirtti / ifade etti',
      paragraphs: [
        'Trump, "Gümrük vergileri kalıcı olacak" diye vurguladı.',
        'Lavrov, "Kapımız her zaman açık" diye ekledi.',
        'Putin, "Ekonomimiz yaptırımlara rağmen büyüyor" diye kaydetti.',
        'Choe, "Ülkemiz hiçbir tehdide boyun eğmeyecek" diye belirtti.',
        'Hamaney, "Düşman bu savaşı kaybedecek" ifade etti.',
      ],
      quotes: [
        ['Gümrük vergileri kalıcı olacak', 'donald-trump', false],
        ['Kapımız her zaman açık', 'sergey-lavrov', false],
        ['Ekonomimiz yaptırımlara rağmen büyüyor', 'vladimir-putin', false],
        ['Ülkemiz hiçbir tehdide boyun eğmeyecek', 'choe-son-hui', false],
        ['Düşman bu savaşı kaybedecek', 'ali-khamenei', false],
      ],
    },
    {
      name: '"…" dile getirdi / sözlerine ekledi',
      paragraphs: [
        'Lavrov, "Avrupa kendi güvenliğini tehlikeye atıyor" görüşünü dile getirdi.',
        'Trump, "Bunu çok yakında göreceksiniz" sözlerine ekledi.',
      ],
      quotes: [
        ['Avrupa kendi güvenliğini tehlikeye atıyor', 'sergey-lavrov', false],
        ['Bunu çok yakında göreceksiniz', 'donald-trump', false],
      ],
    },
    {
      name: 'X yaptığı açıklamada / konuşmada, "…"',
      paragraphs: [
        'Putin yaptığı açıklamada, "Rusya kimseyi tehdit etmiyor" dedi.',
        'Trump Beyaz Saray\'da yaptığı konuşmada, "Savaşı bitireceğiz" ifadesini kullandı.',
      ],
      quotes: [
        ['Rusya kimseyi tehdit etmiyor', 'vladimir-putin', false],
        ['Savaşı bitireceğiz', 'donald-trump', false],
      ],
    },
    {
      name: '"…" diyen X: the speaker follows the participle',
      paragraphs: ['"Savaşı 24 saatte bitiririm" diyen Trump, Putin ile görüşeceğini açıkladı.'],
      quotes: [['Savaşı 24 saatte bitiririm', 'donald-trump', false]],
    },
    {
      name: '… söyleyen / belirten / ifade eden X, "…"',
      paragraphs: [
        'Ukrayna\'daki savaşın sona ermesi gerektiğini söyleyen Putin, "Ancak koşullarımız değişmedi" dedi.',
        'Müzakerelerin sürdüğünü belirten Lavrov, "Sonuç için erken" ifadelerini kullandı.',
        'Trump\'ın açıklamalarını yalan olarak ifade eden Hamaney, "Amerika güvenilmez" dedi.',
      ],
      quotes: [
        ['Ancak koşullarımız değişmedi', 'vladimir-putin', false],
        ['Sonuç için erken', 'sergey-lavrov', false],
        ['Amerika güvenilmez', 'ali-khamenei', false],
      ],
    },
    {
      name: 'X\'e göre "…"',
      paragraphs: ['Putin\'e göre "Batı ile ilişkiler tarihin en kötü noktasında".'],
      quotes: [['Batı ile ilişkiler tarihin en kötü noktasında', 'vladimir-putin', false]],
    },
    {
      name: 'X şunları söyledi: "…" (quote spans sentences)',
      paragraphs: ['Putin şunları söyledi: "Rusya kimseyi tehdit etmiyor. Ama kendimizi koruyacağız."'],
      quotes: [['Rusya kimseyi tehdit etmiyor. Ama kendimizi koruyacağız.', 'vladimir-putin', false]],
    },
    {
      name: 'X şunları kaydetti: with the quote in the next paragraph',
      paragraphs: ['Hamaney televizyonda şunları kaydetti:', '"Siyonist rejim bölgede kalıcı değildir."'],
      quotes: [['Siyonist rejim bölgede kalıcı değildir.', 'ali-khamenei', false]],
    },
    {
      name: 'a quote paragraph following an attributed one carries the speaker',
      paragraphs: [
        'Trump, "İran\'la görüşmeye hazırız" dedi.',
        '"Ancak nükleer silaha asla izin vermeyeceğiz" diye konuştu.',
        '"Bu konuda kararlıyız."',
      ],
      quotes: [
        ["İran'la görüşmeye hazırız", 'donald-trump', false],
        ['Ancak nükleer silaha asla izin vermeyeceğiz', 'donald-trump', false],
        ['Bu konuda kararlıyız.', 'donald-trump', false],
      ],
    },
    {
      name: 'onun, "…" dediğini aktardı: the pronoun is the last speaker',
      paragraphs: [
        'Hamaney, "ABD bölgeden çekilmeli" dedi.',
        'Devlet televizyonu onun, "Direniş sürecek ve kazanacak" dediğini aktardı.',
      ],
      quotes: [
        ['ABD bölgeden çekilmeli', 'ali-khamenei', false],
        ['Direniş sürecek ve kazanacak', 'ali-khamenei', false],
      ],
    },
    {
      name: 'speaker named at the start of a long sentence that ends with "…" dedi',
      paragraphs: [
        'Choe Son-hui, Moskova\'da Lavrov ile görüştükten sonra basına yaptığı açıklamada ülkesinin Rusya\'yı desteklediğini belirterek, "Sonuna kadar yanınızdayız" dedi.',
      ],
      quotes: [['Sonuna kadar yanınızdayız', 'choe-son-hui', false]],
    },
    {
      name: 'rare inverted "…", dedi X',
      paragraphs: ['"Hiçbir zaman teslim olmayacağız", dedi Putin.'],
      quotes: [['Hiçbir zaman teslim olmayacağız', 'vladimir-putin', false]],
    },
    {
      name: 'a quote directly followed by dedi is full whatever precedes it',
      paragraphs: ['Erdoğan, Putin\'le görüşmesinin ardından "Verimli bir görüşme oldu" dedi.'],
      quotes: [['Verimli bir görüşme oldu', null, false, 'Erdoğan']],
    },
    {
      name: '"…" derken: two speakers in one sentence',
      paragraphs: ['Hamaney, "ABD\'ye güvenmiyoruz" derken, Trump "İran anlaşma istiyor" dedi.'],
      quotes: [
        ["ABD'ye güvenmiyoruz", 'ali-khamenei', false],
        ['İran anlaşma istiyor', 'donald-trump', false],
      ],
    },
    {
      name: 'passive speech (denildi) is not carried to the last speaker',
      paragraphs: [
        'Putin, "Anlaşmaya yakınız" dedi.',
        'Kremlin\'den yapılan yazılı açıklamada ise "Görüşmenin tarihi henüz belli değil" denildi.',
      ],
      quotes: [
        ['Anlaşmaya yakınız', 'vladimir-putin', false],
        ['Görüşmenin tarihi henüz belli değil', null, false],
      ],
    },
    {
      name: 'a dash attribution after the quote',
      paragraphs: ['"Hiçbir tehdit bizi durduramaz" - Kim Jong Un'],
      quotes: [['Hiçbir tehdit bizi durduramaz', 'kim-jong-un', false]],
    },
    {
      name: 'a non-registry name after a genitive is written from its capital',
      paragraphs: ['Putin\'in sözcüsü Peskov, "Yorum yapmayacağız" dedi.'],
      quotes: [['Yorum yapmayacağız', null, false, 'Peskov']],
    },
    {
      name: 'a bare name opening the sentence is its subject, not a genitive name after it',
      paragraphs: [
        'Peskov Trump\'ın ziyaretinin ertelendiğini hatırlatarak; "Takvim henüz belli değil" ifadelerini kullandı.',
      ],
      quotes: [['Takvim henüz belli değil', null, false, 'Peskov']],
    },
    {
      name: 'a framed speaker later in the sentence still beats a bare name opening it',
      paragraphs: ['Kremlin toplantısından sonra konuşan Lavrov, "Görüşme verimliydi" dedi.'],
      quotes: [['Görüşme verimliydi', 'sergey-lavrov', false]],
    },
    {
      name: '"…" diyen X\'a: the one who said it, in whatever case, not the sentence\'s subject',
      paragraphs: ['"Barış yakın" diyen Trump\'a yanıt veren Lavrov, "Acele etmiyoruz" dedi.'],
      quotes: [
        ['Barış yakın', 'donald-trump', false],
        ['Acele etmiyoruz', 'sergey-lavrov', false],
      ],
    },
    {
      name: 'a place adverb opening the sentence is not a speaker',
      paragraphs: ['Orada konuşma yapan Lavrov, görüşmeye değinerek, "Kapımız açık" dedi.'],
      quotes: [['Kapımız açık', 'sergey-lavrov', false]],
    },
    {
      name: 'two speakers in one paragraph',
      paragraphs: ['Putin, "Barışa hazırız" dedi. Trump ise "Göreceğiz" diye karşılık verdi.'],
      quotes: [
        ['Barışa hazırız', 'vladimir-putin', false],
        ['Göreceğiz', 'donald-trump', false],
      ],
    },
  ];
  it.each(cases)('$name', (c) => check(c));
});

describe('who is not the speaker', () => {
  const cases: Case[] = [
    {
      name: 'a name inside the quote is never its speaker',
      paragraphs: ['Lavrov, "Putin ve Trump yakında görüşecek" dedi.'],
      quotes: [['Putin ve Trump yakında görüşecek', 'sergey-lavrov', false]],
    },
    {
      name: 'a non-registry speaker keeps the name as written; the registry name is inside the quote',
      paragraphs: ['Zelenskiy, "Putin barış istemiyor" dedi.'],
      quotes: [['Putin barış istemiyor', null, false, 'Zelenskiy']],
    },
    {
      name: 'a non-registry speaker with a role',
      paragraphs: ['Kremlin Sözcüsü Dmitriy Peskov, "Görüşme için tarih belirlenmedi" dedi.'],
      quotes: [['Görüşme için tarih belirlenmedi', null, false, 'Kremlin Sözcüsü Dmitriy Peskov']],
    },
    {
      name: 'a name with `ile` is a companion, not the subject',
      paragraphs: ['Moskova\'da Lavrov ile görüşen Choe, "Zafer bizim olacak" dedi.'],
      quotes: [['Zafer bizim olacak', 'choe-son-hui', false]],
    },
    {
      name: 'genitive and accusative names are not the subject',
      paragraphs: [
        'Putin\'in açıklamalarını değerlendiren Trump, "Bunu hep birlikte göreceğiz" dedi.',
        'Trump\'ı eleştiren Hamaney, "Sözlerine kimse inanmıyor" diye konuştu.',
      ],
      quotes: [
        ['Bunu hep birlikte göreceğiz', 'donald-trump', false],
        ['Sözlerine kimse inanmıyor', 'ali-khamenei', false],
      ],
    },
    {
      name: 'the source of a report is not the speaker',
      paragraphs: [
        'Hamaney, "Geri adım yok" dedi.',
        'Reuters\'ın aktardığına göre devlet medyası onun, "Düşman pişman olacak" dediğini bildirdi.',
      ],
      quotes: [
        ['Geri adım yok', 'ali-khamenei', false],
        ['Düşman pişman olacak', 'ali-khamenei', false],
      ],
    },
    {
      name: 'a bare role refers back to the speaker it fits',
      paragraphs: [
        "İran Dini Lideri Ali Hamaney Tahran'da cuma namazında konuştu.",
        'İran lideri, "Düşman yenilecek" dedi.',
      ],
      quotes: [['Düşman yenilecek', 'ali-khamenei', false, 'İran lideri']],
    },
    {
      name: 'Rus lider fits Rusya Devlet Başkanı',
      paragraphs: [
        'Rusya Devlet Başkanı Vladimir Putin ile ABD Başkanı Donald Trump telefonda görüştü.',
        'Rus lider, "Görüşme verimli geçti" dedi.',
      ],
      quotes: [['Görüşme verimli geçti', 'vladimir-putin', false, 'Rus lider']],
    },
    {
      name: 'an unknown role stays unknown',
      paragraphs: ["Putin Kazan'da konuştu.", 'Bir Rus yetkili, "Tarih henüz belli değil" dedi.'],
      quotes: [['Tarih henüz belli değil', null, false, 'Rus yetkili']],
    },
    {
      name: 'a capitalised word before a speech noun in the accusative is not a framed subject',
      paragraphs: [
        'Toplantıda Fransızca konuşmayı seçen Lavrov, sorulara kısaca "Bunu daha önce söyledim" dedi.',
      ],
      quotes: [['Bunu daha önce söyledim', 'sergey-lavrov', false]],
    },
    {
      name: 'a capitalised object opening the sentence is not framed by a verb starting like `de`',
      paragraphs: [
        'Raporu değerlendiren Putin, Trump’ın önceki sözlerini anımsatarak "Bunu kabul etmeyiz" dedi.',
      ],
      quotes: [['Bunu kabul etmeyiz', 'vladimir-putin', false]],
    },
    {
      name: 'a genitive that owns a nominalised clause is not the speaker; the subject left unsaid is',
      paragraphs: [
        'Lavrov, "Müzakereler sürüyor" dedi.',
        'Trump’ın anlaşmanın çok yakın olduğunu savunmasına ilişkin de "Henüz erken" dedi.',
      ],
      quotes: [
        ['Müzakereler sürüyor', 'sergey-lavrov', false],
        ['Henüz erken', 'sergey-lavrov', false],
      ],
    },
    {
      name: 'a genitive next to a quote followed by its noun of speech owns the quote',
      paragraphs: [
        'Lavrov, Trump’ın "Rusya zaman kazanmaya çalışıyor" şeklindeki açıklamasına tepki gösterdi.',
      ],
      quotes: [['Rusya zaman kazanmaya çalışıyor', 'donald-trump', false]],
    },
    {
      name: 'the one asking a question does not go on to answer it',
      paragraphs: [
        'Hamaney, "Direnişimiz sürecek" dedi.',
        'Trump’ın "Masaya dönecek misiniz?" sorusuna ise "Baskı altında asla" yanıtını verdi.',
      ],
      quotes: [
        ['Direnişimiz sürecek', 'ali-khamenei', false],
        ['Masaya dönecek misiniz?', 'donald-trump', false],
        ['Baskı altında asla', 'ali-khamenei', false],
      ],
    },
    {
      name: 'the short passive `dendi` quotes a source, not the last speaker',
      paragraphs: [
        'Putin, "Görüşmeye hazırız" dedi.',
        'Devlet ajansının haberinde "Lider tüm işçilere teşekkür etti" dendi.',
      ],
      quotes: [
        ['Görüşmeye hazırız', 'vladimir-putin', false],
        ['Lider tüm işçilere teşekkür etti', null, false],
      ],
    },
    {
      name: 'a question the subject asks (`sorusunu yöneltti`) is theirs',
      paragraphs: ['Hamaney, "Bu ambargo kimin işine yarıyor" sorusunu yöneltti.'],
      quotes: [['Bu ambargo kimin işine yarıyor', 'ali-khamenei', false]],
    },
    {
      name: 'a relative clause of speech after the quote names its speaker; one of answering does not',
      paragraphs: [
        '"Ambargo çökmüştür" sözleriyle sert bir çıkış yapan Lavrov, Batı’yı suçladı.',
        'Trump’ın "Anlaşma yakında" sözlerine tepki gösteren Hamaney, ABD’yi eleştirdi.',
      ],
      quotes: [
        ['Ambargo çökmüştür', 'sergey-lavrov', false],
        ['Anlaşma yakında', 'donald-trump', false],
      ],
    },
    {
      name: 'an institution’s passive statement (`ifadelerine yer verildi`) is not the last speaker’s',
      paragraphs: [
        'Lavrov, "Hazırız" dedi.',
        'Bakanlıktan yapılan açıklamada ise "Tarih belli değil" ifadelerine yer verildi.',
      ],
      quotes: [
        ['Hazırız', 'sergey-lavrov', false],
        ['Tarih belli değil', null, false],
      ],
    },
    {
      name: 'a bare name right before the quote speaks it, after another speaker in the sentence',
      paragraphs: ['Putin, "Hazırız" derken, Farkas "Biz de görüşmeye hazırız" dedi.'],
      quotes: [
        ['Hazırız', 'vladimir-putin', false],
        ['Biz de görüşmeye hazırız', null, false, 'Farkas'],
      ],
    },
    {
      name: 'a common noun in a case opening the sentence is not part of the name after it',
      paragraphs: ['Toplantıda Lavrov, "Kapımız açık" dedi.'],
      quotes: [['Kapımız açık', 'sergey-lavrov', false, 'Lavrov']],
    },
    {
      name: '`karşılığını verdi` answers with the subject’s own words',
      paragraphs: ['Trump, "Anlaşmaya hazırız" dedi. Hamaney ise "Baskıyla olmaz" karşılığını verdi.'],
      quotes: [
        ['Anlaşmaya hazırız', 'donald-trump', false],
        ['Baskıyla olmaz', 'ali-khamenei', false],
      ],
    },
    {
      name: 'the one the words are according to speaks, not the name next to the quote',
      paragraphs: ['Lavrov’a göre Brüksel "yeni bir tırmanış peşinde."'],
      quotes: [['yeni bir tırmanış peşinde.', 'sergey-lavrov', true]],
    },
    {
      name: 'a quote with no speaker anywhere keeps a null speaker',
      paragraphs: ['"Savaş bitmeli" pankartları sokakları doldurdu ve "Barış hemen" sloganı atıldı.'],
      quotes: [],
    },
  ];
  it.each(cases)('$name', (c) => check(c));
});

describe('fragments and scare quotes', () => {
  const cases: Case[] = [
    {
      name: '"yalan söylemekle" suçladı is a fragment of the subject, not of the accused',
      paragraphs: ['Hamaney, Trump\'ı "yalan söylemekle" suçladı.'],
      quotes: [['yalan söylemekle', 'ali-khamenei', true]],
    },
    {
      name: '"…" olduğunu söyledi is a fragment',
      paragraphs: ['Putin, Batı\'nın "ateşle oynayan bir çocuk" olduğunu söyledi.'],
      quotes: [['ateşle oynayan bir çocuk', 'vladimir-putin', true]],
    },
    {
      name: '"…" olarak nitelendirdi is a fragment',
      paragraphs: ['Hamaney, Trump\'ı "yalancı" olarak nitelendirdi.'],
      quotes: [['yalancı', 'ali-khamenei', true]],
    },
    {
      name: 'a reported clause in quotes is a fragment even when long',
      paragraphs: [
        'Putin, "Batı\'nın Ukrayna\'ya verdiği silahların savaşı uzatmaktan başka bir işe yaramadığını" belirtti.',
      ],
      quotes: [
        [
          "Batı'nın Ukrayna'ya verdiği silahların savaşı uzatmaktan başka bir işe yaramadığını",
          'vladimir-putin',
          true,
        ],
      ],
    },
    {
      name: 'a fragment of a non-registry speaker, after a genitive name that is not the subject',
      paragraphs: [
        'Trump\'ın açıklamalarına tepki gösteren İran Dışişleri Bakanı Abbas Arakçi, ülkesinin "tehdit altında müzakere etmeyeceğini" vurguladı.',
      ],
      quotes: [['tehdit altında müzakere etmeyeceğini', null, true, 'İran Dışişleri Bakanı Abbas Arakçi']],
    },
    {
      name: '"…" anlamına geleceğini söyledi is a fragment',
      paragraphs: [
        'Putin, füze teslimatının "doğrudan NATO\'nun savaşa katılması" anlamına geleceğini söyledi.',
      ],
      quotes: [["doğrudan NATO'nun savaşa katılması", 'vladimir-putin', true]],
    },
    {
      name: 'a quoted description followed by bir … olarak is a label',
      paragraphs: ['Hamaney\'in açıklaması, Tahran\'da "sert ama ölçülü" bir mesaj olarak yorumlandı.'],
      quotes: [],
    },
    {
      name: 'a scare quote with no speech around it is not a quote',
      paragraphs: ['ABD\'nin "maksimum baskı" politikası İran ekonomisini zorluyor.'],
      quotes: [],
    },
    {
      name: 'a quoted label in a sentence with speech is still not a quote',
      paragraphs: ['Trump, İran\'a yönelik "maksimum baskı" politikasını sürdüreceklerini söyledi.'],
      quotes: [],
    },
    {
      name: 'a quoted title with adlı / başlıklı is not a quote',
      paragraphs: ['Putin\'in "Savaş ve Barış" adlı romanı sevdiğini söyledi.'],
      quotes: [],
    },
    {
      name: 'sözde "…" is a label',
      paragraphs: ['Lavrov, sözde "barış planı" ile ilgili soruları yanıtladı.'],
      quotes: [],
    },
    {
      name: 'a fragment nobody can be credited with is dropped',
      paragraphs: ['Gazetelerde "tarihi zirve" diye anıldı.'],
      quotes: [],
    },
  ];
  it.each(cases)('$name', (c) => check(c));
});

describe('headlines', () => {
  const cases: Case[] = [
    {
      name: 'X: "…" in a title',
      title: 'Lavrov: "Batı ile diyalog kapısı kapalı değil"',
      paragraphs: [],
      quotes: [['Batı ile diyalog kapısı kapalı değil', 'sergey-lavrov', false, 'Lavrov']],
    },
    {
      name: 'X: embedded fragment in a title',
      title: 'Hamaney: Trump, Gazze\'de barış aradığını söylediğinde "yalan söylüyor"',
      paragraphs: [],
      quotes: [['yalan söylüyor', 'ali-khamenei', true]],
    },
    {
      name: "X'den …: in a title the ablative names the speaker",
      title: 'Putin\'den Batı\'ya uyarı: "Ateşle oynuyorsunuz"',
      paragraphs: [],
      quotes: [['Ateşle oynuyorsunuz', 'vladimir-putin', false]],
    },
    {
      name: 'a title quote gives the paragraph index -1',
      title: 'Trump: "Anlaşma çok yakın"',
      paragraphs: ['Trump, "Detayları yakında açıklayacağız" dedi.'],
      quotes: [
        ['Anlaşma çok yakın', 'donald-trump', false],
        ['Detayları yakında açıklayacağız', 'donald-trump', false],
      ],
    },
  ];
  it.each(cases)('$name', (c) => check(c));

  it('numbers paragraphs from 0 and the title as -1', () => {
    const got = run({
      name: '',
      title: 'Trump: "Anlaşma çok yakın"',
      paragraphs: ['Giriş.', 'Putin, "Evet" dedi.'],
      quotes: [],
    });
    expect(got.map((q) => q.paragraph)).toEqual([-1, 1]);
  });
});

describe('quote mark styles', () => {
  const cases: Case[] = [
    {
      name: 'straight',
      paragraphs: ['Putin, "Batı yanılıyor" dedi.'],
      quotes: [['Batı yanılıyor', 'vladimir-putin', false]],
    },
    {
      name: 'curly',
      paragraphs: ['Putin, “Batı yanılıyor” dedi.'],
      quotes: [['Batı yanılıyor', 'vladimir-putin', false]],
    },
    {
      name: 'guillemets',
      paragraphs: ['Putin, «Batı yanılıyor» dedi.'],
      quotes: [['Batı yanılıyor', 'vladimir-putin', false]],
    },
    {
      name: 'German low-high',
      paragraphs: ['Putin, „Batı yanılıyor“ dedi.'],
      quotes: [['Batı yanılıyor', 'vladimir-putin', false]],
    },
    {
      name: 'single curly with a Turkish apostrophe inside',
      paragraphs: ['Choe, ‘KCNA’ya göre ülkemiz her şeye hazır’ dedi.'],
      quotes: [['KCNA’ya göre ülkemiz her şeye hazır', 'choe-son-hui', false]],
    },
    {
      name: 'nested quotes stay inside the outer quote',
      paragraphs: ["Lavrov, \"Batı'nın 'barış planı' bir aldatmacadır\" dedi."],
      quotes: [["Batı'nın 'barış planı' bir aldatmacadır", 'sergey-lavrov', false]],
    },
    {
      name: 'an apostrophe alone opens nothing',
      paragraphs: ['Şarku’l Avsat’ın Reuters’ten aktardığına göre Kim’in mektubu dün ulaştı.'],
      quotes: [],
    },
  ];
  it.each(cases)('$name', (c) => check(c));
});

describe('English phrasing', () => {
  const cases: Case[] = [
    {
      name: 'a speaker after the quote with a role phrase before the name',
      paragraphs: ['"The door is open," Russia\'s foreign minister Sergei Lavrov told reporters.'],
      quotes: [['The door is open', 'sergey-lavrov', false]],
    },
    {
      name: 'a quotation left open at a paragraph end takes the speaker named where it goes on',
      paragraphs: [
        '"The sanctions will stay. We see no progress.',
        '"Talks can resume in spring," Lavrov said.',
      ],
      quotes: [
        ['The sanctions will stay. We see no progress.', 'sergey-lavrov', false],
        ['Talks can resume in spring', 'sergey-lavrov', false],
      ],
    },
    {
      name: 'a name after a preposition is its object, not the subject before the verb',
      paragraphs: ['Lavrov, speaking to reporters in Geneva, said: "Nothing has changed."'],
      quotes: [['Nothing has changed.', 'sergey-lavrov', false]],
    },
    {
      name: '"…," Putin said.',
      paragraphs: ['"We will never surrender," Putin said.'],
      quotes: [['We will never surrender', 'vladimir-putin', false]],
    },
    {
      name: '"…," said Putin.',
      paragraphs: ['"We are ready for talks," said Putin.'],
      quotes: [['We are ready for talks', 'vladimir-putin', false]],
    },
    {
      name: 'Putin said: "…"',
      paragraphs: ['Putin said: "Russia threatens no one."'],
      quotes: [['Russia threatens no one.', 'vladimir-putin', false]],
    },
    {
      name: 'According to X, "…"',
      paragraphs: ['According to Khamenei, "the enemy will regret this."'],
      quotes: [['the enemy will regret this.', 'ali-khamenei', false]],
    },
    {
      name: 'role + name after the quote, and a pronoun that follows',
      paragraphs: [
        '"The talks were useful," Russian President Vladimir Putin told reporters.',
        '"We will see what happens next," he said.',
      ],
      quotes: [
        ['The talks were useful', 'vladimir-putin', false, 'Russian President Vladimir Putin'],
        ['We will see what happens next', 'vladimir-putin', false],
      ],
    },
    {
      name: 'a non-registry English speaker',
      paragraphs: ['"No date has been set," Kremlin spokesman Dmitry Peskov said.'],
      quotes: [['No date has been set', null, false, 'Kremlin spokesman Dmitry Peskov']],
    },
    {
      name: 'the subject next to the speech verb wins over an earlier name',
      paragraphs: ['After meeting Trump, Putin said: "It was a good conversation."'],
      quotes: [['It was a good conversation.', 'vladimir-putin', false]],
    },
    {
      name: 'an embedded English fragment',
      paragraphs: ['Putin warned that the West was "playing with fire".'],
      quotes: [['playing with fire', 'vladimir-putin', true]],
    },
    {
      name: 'a second quote sentence in the paragraph keeps the speaker',
      paragraphs: [
        '"We have never refused dialogue," Putin told reporters. "But we will not accept ultimatums."',
      ],
      quotes: [
        ['We have never refused dialogue', 'vladimir-putin', false],
        ['But we will not accept ultimatums.', 'vladimir-putin', false],
      ],
    },
    {
      name: 'fragments followed by a preposition, and an abbreviated role',
      paragraphs: [
        'U.S. President Donald Trump said any deal must take Iran\'s "real intentions" into account.',
        'Iran\'s Supreme Leader Ayatollah Ali Khamenei called the offer "a deception" in a speech.',
      ],
      quotes: [
        ['real intentions', 'donald-trump', true, 'U.S. President Donald Trump'],
        ['a deception', 'ali-khamenei', true],
      ],
    },
    {
      name: 'a quoted label modifying a noun',
      paragraphs: ['Trump\'s "America First" policy angered allies.'],
      quotes: [],
    },
    {
      name: 'a quote continued over paragraphs (no closing mark) carries its speaker',
      paragraphs: ['Trump said: "We want a deal.', '"But Iran will never have a nuclear weapon."'],
      quotes: [
        ['We want a deal.', 'donald-trump', false],
        ['But Iran will never have a nuclear weapon.', 'donald-trump', false],
      ],
    },
  ];
  it.each(cases)('$name', (c) => check(c));
});

describe('subheadings', () => {
  it('never produce quotes and end a carried speaker', () => {
    const got = extractQuotes(
      {
        title: 'Başlık',
        subtitle: null,
        headings: [{ before: 1, text: '"Zafer bizim olacak"' }],
        paragraphs: ['Choe, "Zafer bizim olacak" dedi.', '"Bu sözler önemli."'],
      },
      people,
    );
    expect(got.map((q) => [q.text, q.speakerId])).toEqual([
      ['Zafer bizim olacak', 'choe-son-hui'],
      ['Bu sözler önemli.', null],
    ]);
  });
});

describe('findQuoteSpans', () => {
  it.each([
    ['a "b" c', ['b']],
    ['“a” and “b”', ['a', 'b']],
    ['«a» ‘b’', ['a', 'b']],
    ['KCNA’ya göre', []],
    ['"open to the end', ['open to the end']],
    ['„a“ b', ['a']],
  ])('%s', (text, inner) => {
    expect(findQuoteSpans(text).map((s) => text.slice(s.open + 1, s.close))).toEqual(inner);
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends outside quotes only', () => {
    const text = 'Putin, "Bir. İki." dedi. Trump ise güldü. Dr. Smith geldi.';
    const parts = splitSentences(text, findQuoteSpans(text)).map(([a, b]) => text.slice(a, b).trim());
    expect(parts).toEqual(['Putin, "Bir. İki." dedi.', 'Trump ise güldü.', 'Dr. Smith geldi.']);
  });
});
