/**
 * Extractor throughput on one core: sentences and articles per second and peak RSS, over a
 * corpus generated at bench time. The generator is deterministic (xorshift32 seeded with 42):
 * each of the 5,000 articles is in French, English or German in turn and holds 8 to 16
 * sentences drawn from templates: pledges with donors, items, quantities and amounts, totals,
 * meetings, targets, and plain filler prose. Baseline: Intl.Segmenter alone over the same texts.
 */
import { extract } from '../src/extract/extract.ts';
import type { Lang } from '../src/extract/types.ts';

const ARTICLES = 5_000;

const slots = {
  donor: {
    fr: ["L'Allemagne", 'Berlin', 'La France', 'Le Royaume-Uni', 'La Norvège', 'Les Pays-Bas', 'Washington'],
    en: ['Germany', 'Berlin', 'France', 'The UK', 'Norway', 'The Netherlands', 'Washington'],
    de: [
      'Deutschland',
      'Berlin',
      'Frankreich',
      'Großbritannien',
      'Norwegen',
      'Die Niederlande',
      'Washington',
    ],
  },
  item: ['Patriot', 'IRIS-T SLM', 'Leopard 2', 'CAESAR', 'HIMARS', 'NASAMS', 'Gepard', 'F-16'],
  number: {
    fr: ['deux', 'trois', 'une cinquantaine de', 'plus de 20', '12'],
    en: ['two', 'three', 'about 50', 'more than 20', '12'],
    de: ['zwei', 'drei', 'rund 50', 'mehr als 20', '12'],
  },
  money: {
    fr: ['1,2 milliard d’euros', '500 millions de dollars', 'sept milliards de couronnes'],
    en: ['€2.5bn', 'USD 500 m', '$1.2 billion'],
    de: ['1,2 Milliarden Euro', '500 Mio. Dollar', 'rund 7 Milliarden Kronen'],
  },
} as const;

const templates: Record<Lang, string[]> = {
  fr: [
    '{donor} a promis jeudi de livrer {number} systèmes {item} à Kiev.',
    '{donor} financera {money} d’aide militaire pour l’Ukraine.',
    'Au total, les alliés ont fourni 126 milliards de dollars (111 milliards d’euros) à l’Ukraine.',
    'Le ministre allemand a rencontré lundi son homologue américain à Washington.',
    'Les alliés visent 5 % du PIB d’ici 2035.',
    'La journée a été marquée par de nombreuses déclarations sans annonce nouvelle.',
    'Les experts rappellent que la guerre dure depuis février 2022 et que les besoins restent immenses.',
    'Selon les observateurs, la situation sur le front reste tendue dans l’est du pays.',
  ],
  en: [
    '{donor} pledged {number} {item} systems to Ukraine on Thursday.',
    '{donor} will pay {money} for air defence for Ukraine.',
    'In total, allies have provided $126 billion (€111 billion) to Ukraine.',
    'The German defence minister met his American counterpart in Washington on Monday.',
    'Allies agreed to spend 5% of GDP on defence by 2035.',
    'The day brought many statements but no new announcement.',
    'Analysts note that the war has lasted since February 2022 and needs remain vast.',
    'According to observers, the situation at the front remains tense in the east.',
  ],
  de: [
    '{donor} sagte der Ukraine am Donnerstag {number} {item}-Systeme zu.',
    '{donor} stellt der Ukraine {money} zur Verfügung.',
    'Insgesamt haben die Verbündeten der Ukraine 126 Milliarden Dollar (111 Milliarden Euro) bereitgestellt.',
    'Der deutsche Verteidigungsminister traf am Montag seinen amerikanischen Amtskollegen in Washington.',
    'Die Verbündeten wollen bis 2035 fünf Prozent des BIP für Verteidigung ausgeben.',
    'Der Tag brachte viele Erklärungen, aber keine neue Ankündigung.',
    'Beobachter erinnern daran, dass der Krieg seit Februar 2022 andauert und der Bedarf groß bleibt.',
    'Nach Einschätzung von Beobachtern bleibt die Lage an der Front im Osten angespannt.',
  ],
};

function generator(seed: number) {
  let x = seed;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

export function generateCorpus(count = ARTICLES): Array<{ text: string; lang: Lang }> {
  const pick = generator(42);
  const langs: Lang[] = ['fr', 'en', 'de'];
  const out: Array<{ text: string; lang: Lang }> = [];
  for (let a = 0; a < count; a++) {
    const lang = langs[a % 3] as Lang;
    const sentences: string[] = [];
    const n = 8 + pick(9);
    for (let s = 0; s < n; s++) {
      const t = templates[lang][pick(templates[lang].length)] as string;
      sentences.push(
        t
          .replace('{donor}', slots.donor[lang][pick(slots.donor[lang].length)] as string)
          .replace('{item}', slots.item[pick(slots.item.length)] as string)
          .replace('{number}', slots.number[lang][pick(slots.number[lang].length)] as string)
          .replace('{money}', slots.money[lang][pick(slots.money[lang].length)] as string),
      );
    }
    out.push({ text: sentences.join(pick(3) === 0 ? '\n' : ' '), lang });
  }
  return out;
}

export async function run(): Promise<void> {
  const corpus = generateCorpus();
  let sentences = 0;
  const t0 = performance.now();
  for (const { text, lang } of corpus) {
    for (const _ of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) sentences++;
  }
  const baseline = (performance.now() - t0) / 1000;

  let peak = process.memoryUsage().rss;
  let facts = 0;
  const cpu0 = process.cpuUsage();
  const t1 = performance.now();
  for (const [n, { text }] of corpus.entries()) {
    facts += extract(text, { published: '2025-07-15' }).length;
    if (n % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // On a shared machine the wall clock counts other processes' time; CPU time counts only ours.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);

  const perSecond = sentences / seconds;
  const line = (s: string) => process.stdout.write(`${s}\n`);
  line(
    `extract: ${corpus.length} articles, ${sentences} sentences, ${facts} facts in ${seconds.toFixed(1)} s → ` +
      `${Math.round(perSecond)} sentences/s, ${Math.round(corpus.length / seconds)} articles/s, peak RSS ${Math.round(peak / 1048576)} MB`,
  );
  line(
    `CPU time ${cpuSeconds.toFixed(1)} s → ${Math.round(sentences / cpuSeconds)} sentences per CPU-second on one core`,
  );
  line(
    `baseline Intl.Segmenter alone: ${Math.round(sentences / baseline)} sentences/s; ` +
      `extract takes ${(seconds / baseline).toFixed(1)}× the time of sentence splitting alone`,
  );
}
