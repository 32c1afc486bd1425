/**
 * Muster auf Satzteilebene, Deutsch: Verbzweitstellung nach vorangestelltem Adverbial, trennbare
 * Verben, koordinierte Geber, Listenzeilen, Geber–Betrag-Paare, Empfänger als Subjekt, Munition
 * nach ihrem System, Sammelgeber, Reichweite von „bisher“, Absagen, Nicht-Treffen. Eigene Sätze.
 */
import { describe } from 'vitest';
import { cad, dkk, eur, nok, q, runCases, usd, type Case } from './testing/cases.ts';

const cases: Case[] = [
  // Verbzweitstellung: das Verb vor dem Subjekt
  {
    text: 'Zusätzlich liefert Deutschland der Ukraine vier weitere Gepard-Flugabwehrpanzer.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'gepard', quantity: q(4) }],
  },
  {
    text: 'In diesem Jahr stellt Berlin der Ukraine zwei IRIS-T-Systeme bereit.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: q(2) }],
  },
  {
    text: 'Im Frühjahr schickt Norwegen der Ukraine weitere NASAMS-Systeme.',
    facts: [{ type: 'commitment', donor: 'NO', item: 'nasams' }],
  },
  {
    text: 'Außerdem sagte die Niederlande der Ukraine 100 Millionen Euro zu.',
    facts: [{ type: 'commitment', donor: 'NL', money: eur(100_000_000) }],
  },
  {
    text: 'Nach dem Treffen kündigte Schweden neue Archer-Haubitzen für die Ukraine an.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'archer' }],
  },
  // Trennbare Verben
  {
    text: 'Schweden trägt 200 Millionen Dollar zu der Initiative für die Ukraine bei.',
    facts: [{ type: 'commitment', donor: 'SE', money: usd(200_000_000) }],
  },
  {
    text: 'Dänemark steuert 50 Millionen Euro zur Munitionsinitiative für die Ukraine bei.',
    facts: [{ type: 'commitment', donor: 'DK', money: eur(50_000_000) }],
  },
  {
    text: 'Deutschland stellt der Ukraine zwei weitere Patriot-Systeme zur Verfügung.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(2) }],
  },
  // Koordinierte Geber
  {
    text: 'Finnland, Estland und Lettland haben der Ukraine neue Luftverteidigungssysteme zugesagt.',
    facts: [
      { type: 'commitment', donor: 'FI', category: 'air_defence' },
      { type: 'commitment', donor: 'EE', category: 'air_defence' },
      { type: 'commitment', donor: 'LV', category: 'air_defence' },
    ],
  },
  {
    text: 'Belgien und die Niederlande werden der Ukraine F-16-Kampfjets liefern.',
    facts: [
      { type: 'commitment', donor: 'BE', item: 'f-16' },
      { type: 'commitment', donor: 'NL', item: 'f-16' },
    ],
  },
  {
    text: 'Spanien, Portugal sowie Italien haben Munition an die Ukraine geliefert.',
    facts: [
      { type: 'commitment', donor: 'ES', category: 'munitions' },
      { type: 'commitment', donor: 'PT', category: 'munitions' },
      { type: 'commitment', donor: 'IT', category: 'munitions' },
    ],
  },
  // Listenzeilen
  {
    text: 'Neue Zusagen beim Treffen:\nLitauen: 20 Transportpanzer M113.\nLettland: zwei Stinger-Raketen.',
    facts: [
      { type: 'commitment', donor: 'LT', item: 'm113', quantity: q(20) },
      { type: 'commitment', donor: 'LV', item: 'stinger', quantity: q(2) },
    ],
  },
  {
    text: 'Polen – 100 Millionen Euro für Artilleriemunition.',
    facts: [{ type: 'commitment', donor: 'PL', money: eur(100_000_000), category: 'munitions' }],
  },
  {
    text: 'Dänemark: Harpoon-Systeme zur Küstenverteidigung der Ukraine.',
    facts: [{ type: 'commitment', donor: 'DK', item: 'harpoon' }],
  },
  // Geber–Betrag-Paare
  {
    text: 'Schweden zahlt 200 Millionen Dollar, Finnland 90 Millionen Dollar und Dänemark 70 Millionen Dollar für das PURL-Paket.',
    facts: [
      { type: 'commitment', donor: 'SE', money: usd(200_000_000) },
      { type: 'commitment', donor: 'FI', money: usd(90_000_000) },
      { type: 'commitment', donor: 'DK', money: usd(70_000_000) },
    ],
  },
  // Verben: unterstützen mit, investieren
  {
    text: 'Die Bundesregierung unterstützt die Ukraine mit 20 Millionen Schuss Handwaffenmunition.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'small-arms-ammunition', quantity: q(20_000_000) }],
  },
  {
    text: 'Deutschland will die Munitionsinitiative mit 300 Millionen Euro unterstützen.',
    facts: [{ type: 'commitment', donor: 'DE', money: eur(300_000_000) }],
  },
  {
    text: 'Deutschland investiert 400 Millionen Euro in Langstreckendrohnen für die Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', money: eur(400_000_000) }],
  },
  // Empfänger als Subjekt
  {
    text: 'Die Ukraine erhält von Deutschland drei weitere IRIS-T-Systeme.',
    facts: [{ type: 'commitment', donor: 'DE', recipient: 'UA', item: 'iris-t-slm', quantity: q(3) }],
  },
  {
    text: 'Die Ukraine bekommt 40 Marder-Schützenpanzer aus Deutschland.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'marder', quantity: q(40) }],
  },
  // Munition nach ihrem System
  {
    text: 'Die USA schicken der Ukraine weitere Raketen für das Patriot-System.',
    facts: [{ type: 'commitment', donor: 'US', item: 'patriot-interceptor' }],
  },
  {
    text: 'Deutschland hat erneut Patriot-Luftabwehrraketen in die Ukraine verbracht.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot-interceptor' }],
  },
  {
    text: 'Großbritannien liefert Munition für den Gepard an die Ukraine.',
    facts: [{ type: 'commitment', donor: 'GB', item: 'gepard-ammunition-35mm' }],
  },
  // Sammelgeber
  {
    text: 'Die westlichen Partner werden der Ukraine mehr Luftverteidigung liefern.',
    facts: [{ type: 'commitment', donor: 'UDCG', category: 'air_defence' }],
  },
  {
    text: 'Die Partnerländer sagten der Ukraine 15 Milliarden Euro Militärhilfe zu.',
    facts: [{ type: 'commitment', donor: 'UDCG', money: eur(15_000_000_000) }],
  },
  // Besitzer eines Pakets sind nicht seine Geber
  {
    text: 'Scholz hat der Ukraine ein Waffenpaket der westlichen Partner im Wert von 1,2 Milliarden Euro zugesagt.',
    facts: [{ type: 'commitment', donor: 'DE', money: eur(1_200_000_000) }],
  },
  // Reichweite von „bisher“
  {
    text: 'Bisher hat Deutschland der Ukraine sieben Panzerhaubitzen 2000 geliefert.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'pzh-2000', quantity: q(7) }],
  },
  {
    text: 'Dänemark hat bisher 9 Milliarden Dollar für die Militärhilfe an die Ukraine ausgegeben.',
    facts: [{ type: 'total', donor: 'DK', money: usd(9_000_000_000) }],
    none: ['commitment'],
  },
  // Absagen und Forderungen sind keine Zusagen
  {
    text: 'Die Bundesregierung liefert keine Taurus-Marschflugkörper an die Ukraine.',
    none: ['commitment'],
  },
  {
    text: 'Kiew fordert von Berlin die Lieferung von Taurus-Marschflugkörpern.',
    none: ['commitment'],
  },
  {
    text: 'Norwegen erwägt, weitere Flugabwehrsysteme an die Ukraine zu liefern.',
    none: ['commitment'],
  },
  // Mengen mit Zahlwörtern und Maßstab
  {
    text: 'Tschechien hat der Ukraine rund 1,5 Millionen Artilleriegranaten geliefert.',
    facts: [{ type: 'commitment', donor: 'CZ', category: 'munitions', quantity: q(1_500_000, 'about') }],
  },
  // Katalog
  {
    text: 'Schweden liefert CV90-Schützenpanzer an die Ukraine.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'cv90' }],
  },
  {
    text: 'Großbritannien hat 14 Challenger-2-Panzer und AS-90-Haubitzen an die Ukraine geliefert.',
    facts: [
      { type: 'commitment', donor: 'GB', item: 'challenger-2', quantity: q(14) },
      { type: 'commitment', donor: 'GB', item: 'as-90' },
    ],
  },
  {
    text: 'Polen hat der Ukraine 200 T-72-Panzer geliefert.',
    facts: [{ type: 'commitment', donor: 'PL', item: 't-72', quantity: q(200) }],
  },
  {
    text: 'Deutschland liefert der Ukraine den Mehrfachraketenwerfer Mars II.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'mars-ii' }],
  },
  {
    text: 'Deutschland schickt weitere Radhaubitzen RCH 155 an die Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'rch-155' }],
  },
  {
    text: 'Deutschland liefert 16 weitere Zetros LKW an die Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'trucks', quantity: q(16) }],
  },
  // Treffen, die keine sind, und die Ramstein-Gruppe unter anderem Namen
  {
    text: 'Rutte stellte die Zusagen am Donnerstag auf einer Pressekonferenz in Brüssel vor.',
    none: ['meeting'],
  },
  {
    text: 'Die Verteidigungsminister trafen sich am Freitag auf dem US-Stützpunkt Ramstein.',
    facts: [{ type: 'meeting', kind: 'udcg' }],
  },
  {
    text: 'Vor einem Treffen der Nato-Ressortchefs am Mittwoch in Brüssel sagte Deutschland neue Hilfe zu.',
    facts: [{ type: 'meeting', kind: 'nato_ministerial' }],
  },
  // Zusammengesetzte Wörter: der Kopf entscheidet
  {
    text: 'Deutschland schickt der Ukraine zwölf Aufklärungsdrohnen.',
    facts: [{ type: 'commitment', donor: 'DE', category: 'drones', quantity: q(12) }],
  },
  {
    text: 'Polen liefert der Ukraine 30 Schützenpanzer und 200 Flugabwehrraketen.',
    facts: [
      { type: 'commitment', donor: 'PL', category: 'armour', quantity: q(30) },
      { type: 'commitment', donor: 'PL', category: 'missiles', quantity: q(200) },
    ],
  },
  {
    text: 'Die Niederlande haben der Ukraine acht Panzerhaubitzen überlassen.',
    facts: [{ type: 'commitment', donor: 'NL', item: 'pzh-2000', quantity: q(8) }],
  },
  // Ausgelassenes Verb: weitere Geber mit eigener Zahl
  {
    text: 'Bisher hat Schweden der Ukraine zwölf Archer-Haubitzen geliefert, Dänemark vier Stück.',
    facts: [
      { type: 'commitment', donor: 'SE', item: 'archer', quantity: q(12) },
      { type: 'commitment', donor: 'DK', item: 'archer', quantity: q(4) },
    ],
  },
  {
    text: 'Vom Leopard 2 wollen Spanien und Portugal je zwei Fahrzeuge schicken und Kanada acht.',
    facts: [
      { type: 'commitment', donor: 'ES', item: 'leopard-2', quantity: q(2) },
      { type: 'commitment', donor: 'PT', item: 'leopard-2', quantity: q(2) },
      { type: 'commitment', donor: 'CA', item: 'leopard-2', quantity: q(8) },
    ],
  },
  // Dinge als Subjekt, die in die Ukraine gehen; Geber aus dem Satz davor
  {
    text: '20 weitere Dingo-Fahrzeuge gehen aus Deutschland an die Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', quantity: q(20) }],
  },
  {
    text: 'Norwegen liefert der Ukraine NASAMS-Systeme. Zwei weitere Systeme sollen im Herbst ihren Weg in die Ukraine finden.',
    facts: [
      { type: 'commitment', donor: 'NO', item: 'nasams' },
      { type: 'commitment', donor: 'NO', item: 'nasams', quantity: q(2) },
    ],
  },
  {
    text: 'Die Angaben gehen aus einem Bericht der Bundesregierung hervor.',
    none: ['commitment'],
  },
  {
    text: 'Wie viele Raketen nach Osteuropa verschickt werden, bleibt offen. Weitere 50 Stück gehen nach Kiew.',
    none: ['commitment'],
  },
  // „Dollar“ ohne Zusatz: die Währung des Gebers
  {
    text: 'Kanada stellt der Ukraine 50 Millionen Dollar für Drohnen bereit.',
    facts: [{ type: 'commitment', donor: 'CA', money: cad(50_000_000) }],
  },
  // Fristen: „innerhalb von“, „gedroht“
  {
    text: 'Die USA haben Russland mit Sanktionen gedroht, falls es nicht innerhalb von 30 Tagen einlenkt.',
    facts: [{ type: 'deadline', date: { value: '2025-08-14', granularity: 'day' } }],
  },
  // Bedingte Zusagen: der Bedingungssatz ist keine Zusage
  {
    text: 'Deutschland bietet an, zwei Patriot-Systeme zu bezahlen, wenn andere Länder 30 weitere finanzieren.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(2), status: 'conditional' }],
    only: true,
  },
  // Zahlwörter mit Skala, Munition mit ihrem System, Anführungszeichen um den Namen
  {
    text: 'Polen will der Ukraine eine Million Geschosse liefern.',
    facts: [{ type: 'commitment', donor: 'PL', category: 'munitions', quantity: q(1_000_000) }],
  },
  {
    text: 'Italien schickt der Ukraine eine „SAMP/T“-Batterie mit sechzig Raketen.',
    facts: [
      { type: 'commitment', donor: 'IT', item: 'samp-t', quantity: q(1) },
      { type: 'commitment', donor: 'IT', category: 'missiles', quantity: q(60) },
    ],
  },
  // Der Gipfel ein zweites Mal genannt ist derselbe; „bis 2035“ ist kein Datum des Treffens
  {
    text: 'Der NATO-Gipfel wurde am Dienstag in Den Haag eröffnet. Vor dem Gipfel einigten sich die Mitgliedstaaten darauf, die Ausgaben bis 2035 zu erhöhen.',
    facts: [{ type: 'meeting', kind: 'nato_summit', date: { value: '2025-07-15', granularity: 'day' } }],
    only: true,
  },
  // Bruchteile eines Betrags
  {
    text: 'Norwegen stellt der Ukraine eine halbe Milliarde Euro bereit.',
    facts: [{ type: 'commitment', donor: 'NO', money: eur(500_000_000) }],
  },
  // Summen: „erreicht“
  {
    text: 'Die Militärhilfe Schwedens für die Ukraine erreicht vier Milliarden Euro.',
    facts: [{ type: 'total', money: eur(4_000_000_000) }],
  },
  // Partner neben dem Geber; „wir“ ist der Geber des Satzes davor, nicht die genannten Partner
  {
    text: 'Deutschland hat der Ukraine zwei IRIS-T zugesagt. Bis zum Jahresende werden wir außerdem mit Unterstützung unserer Partner Belgien und Norwegen weitere Luftverteidigungssysteme liefern.',
    facts: [
      { type: 'commitment', donor: 'DE', category: 'air_defence' },
      { type: 'commitment', donor: 'BE', category: 'air_defence', item: null },
      { type: 'commitment', donor: 'NO', category: 'air_defence', item: null },
    ],
  },
  // Gemeinsame Stückzahlen, Vorgeschichte, Partizipialattribute, Paketinhalt
  {
    text: 'Belgien und Dänemark werden der Ukraine zusammen acht weitere Leopard-2-Panzer liefern.',
    facts: [
      { type: 'commitment', donor: 'BE', item: 'leopard-2', quantity: q(4) },
      { type: 'commitment', donor: 'DK', item: 'leopard-2', quantity: q(4) },
    ],
    only: true,
  },
  {
    text: 'Schweden und Finnland wollen der Ukraine zehn CV90-Schützenpanzer schicken.',
    facts: [
      { type: 'commitment', donor: 'SE', item: 'cv90', quantity: q(5) },
      { type: 'commitment', donor: 'FI', item: 'cv90', quantity: q(5) },
    ],
    only: true,
  },
  {
    text: 'Schweden und Finnland wollen der Ukraine je zehn CV90-Schützenpanzer schicken.',
    facts: [
      { type: 'commitment', donor: 'SE', item: 'cv90', quantity: q(10) },
      { type: 'commitment', donor: 'FI', item: 'cv90', quantity: q(10) },
    ],
    only: true,
  },
  {
    text: 'Pistorius sagte, dass nach der Lieferung der zehn Marder weitere Hilfe geprüft werde.',
    none: ['commitment'],
  },
  {
    text: 'Der Minister wurde gefragt, ob über die Lieferung von Taurus gesprochen wurde.',
    none: ['commitment'],
  },
  {
    text: 'Die Bundesregierung will die estnische Initiative zum Kauf von Munition mit 200 Millionen Euro unterstützen.',
    facts: [{ type: 'commitment', donor: 'DE', money: eur(200_000_000) }],
    only: true,
  },
  {
    text: 'Die von Lettland angeführte Koalition soll bis zu 500 Drohnen für die Ukraine beschaffen.',
    facts: [{ type: 'commitment', donor: 'LV', category: 'drones' }],
  },
  {
    text: 'Schweden sagte ein Waffenpaket im Wert von 300 Millionen Euro zu. Es handelt sich unter anderem um Archer-Haubitzen und Munition.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'archer', money: eur(300_000_000) }],
    only: true,
  },
  // Eine Gruppe, zu der die Genannten gehören: „X und weitere Bündnisstaaten“
  {
    text: 'Schweden und weitere Bündnisstaaten haben vereinbart, Waffen im Wert von zwei Milliarden Euro für die Ukraine zu erwerben.',
    facts: [{ type: 'commitment', donor: 'NATO', money: eur(2_000_000_000) }],
    only: true,
  },
  // „von“ nach einem Substantiv nennt den Träger, nicht die Herkunft; die Herstellung ist kein Geber
  {
    text: 'Das Vorhaben von EU-Mitgliedstaaten, der Ukraine zwei Millionen Geschosse aus europäischer Produktion zu liefern, kam nur langsam voran.',
    facts: [{ type: 'commitment', donor: 'EU', category: 'munitions', quantity: q(2_000_000) }],
    only: true,
  },
  // Ein Empfänger in einer Aufzählung nach „an“: alle Glieder sind Empfänger, auch vor dem Verb am Satzende
  {
    text: 'Der Plan sieht vor, dass die USA Munition an europäische Partner und Kanada verkaufen.',
    facts: [{ type: 'commitment', donor: 'EUROPE', supplier: 'US' }],
    only: true,
  },
  // Eine Forderung nach Unterstützung ist keine Zusage
  {
    text: 'Die Initiative entstand nach Forderungen des Präsidenten nach mehr Fairness bei der Unterstützung der Ukraine.',
    none: ['commitment'],
  },
  // „ist … eröffnet worden“: Perfekt, der Wochentag liegt zurück; der Gipfel der Überschrift ist derselbe
  {
    text: 'Gipfel in Oslo eröffnet\nDer NATO-Gipfel ist am Montag in Oslo eröffnet worden.',
    facts: [{ type: 'meeting', kind: 'nato_summit', date: { value: '2025-07-14', granularity: 'day' } }],
    only: true,
  },
  // Zusammengesetzte Beträge mit Bindestrich
  {
    text: 'Schweden stellt der Ukraine ein 400-Millionen-Euro-Paket bereit.',
    facts: [{ type: 'commitment', donor: 'SE', money: eur(400_000_000) }],
  },
  // Ein Satz ohne Geber setzt die Zusage des Satzes davor fort: Passiv ohne Agens, „kommt … hinzu“
  {
    text: 'Finnland hat der Ukraine 300 Millionen Euro zugesagt. Zusätzlich kommt ein bereits finanziertes 200-Millionen-Euro-Paket hinzu.',
    facts: [
      { type: 'commitment', donor: 'FI', money: eur(300_000_000) },
      { type: 'commitment', donor: 'FI', money: eur(200_000_000) },
    ],
    only: true,
  },
  {
    text: 'Schweden will die Munitionsinitiative für die Ukraine mit 100 Millionen Euro unterstützen. Insgesamt sollen 50.000 Schuss Artilleriemunition beigesteuert werden.',
    facts: [
      {
        type: 'commitment',
        donor: 'SE',
        money: eur(100_000_000),
        category: 'munitions',
        quantity: q(50_000),
      },
    ],
    only: true,
  },
  // „Diese werden gemeinsam mit …“: der Geber davor und seine Partner; Dativ „den Niederlanden“
  {
    text: 'Litauen stellt der Ukraine 100 Millionen Dollar für zwei neue Pakete bereit. Diese werden gemeinsam mit Estland und den Niederlanden geschnürt.',
    facts: [
      { type: 'commitment', donor: 'LT', money: usd(100_000_000) },
      { type: 'commitment', donor: 'EE' },
      { type: 'commitment', donor: 'NL' },
    ],
    only: true,
  },
  // Nur Partner vor dem Verb: das Subjekt folgt dem Verb
  {
    text: 'Gemeinsam mit Belgien kauft Frankreich der Ukraine zehn Leopard-2-Panzer.',
    facts: [
      { type: 'commitment', donor: 'FR', item: 'leopard-2', quantity: q(10) },
      { type: 'commitment', donor: 'BE', item: 'leopard-2', quantity: q(10) },
    ],
    only: true,
  },
  // „sowie“ ohne eigenes Verb: weitere Dinge desselben Gebers
  {
    text: 'Frankreich liefert der Ukraine Caesar-Haubitzen sowie Crotale-Systeme.',
    facts: [
      { type: 'commitment', donor: 'FR', item: 'caesar' },
      { type: 'commitment', donor: 'FR', item: 'crotale' },
    ],
    only: true,
  },
  // Ein Treffen als Rahmen des Satzes hat nicht dessen Parteien als Teilnehmer
  {
    text: 'Bei dem Treffen sagte Schweden der Ukraine ein weiteres Archer-System zu.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'archer', quantity: q(1) }],
    none: ['meeting'],
  },
  {
    text: 'Beim Treffen mit Selenskyj sagte Schweden der Ukraine weitere Archer-Haubitzen zu.',
    facts: [{ type: 'meeting', kind: 'bilateral' }],
  },
  // Ein Titel vor dem Namen nach dem Verb: „sagte Verteidigungsminister Boris Pistorius … zu“
  {
    text: 'Am Freitag sagte Verteidigungsminister Boris Pistorius der Ukraine zwei weitere Gepard-Panzer zu.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'gepard', quantity: q(2) }],
  },
  // „könnte“ ist eine Möglichkeit, keine Zusage; „konnte“ (Vergangenheit) schon; mit Bedingung ein Angebot
  {
    text: 'Spanien könnte der Ukraine weitere Leopard-2-Panzer liefern.',
    none: ['commitment'],
  },
  {
    text: 'Spanien konnte der Ukraine zehn Leopard-2-Panzer liefern.',
    facts: [{ type: 'commitment', donor: 'ES', item: 'leopard-2', quantity: q(10) }],
  },
  {
    text: 'Schweden könnte der Ukraine vier Archer-Haubitzen liefern, wenn Norwegen vier weitere bezahlt.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'archer', quantity: q(4), status: 'conditional' }],
  },
  // Ein Treffen, das ohne Datum und Ort nur stattfinden sollte, ist keines
  {
    text: 'Scholz und Selenskyj sind sich einig, dass Russland an der nächsten Konferenz teilnehmen sollte.',
    none: ['meeting'],
  },
  // „würde“ ist Konjunktiv, „wurde“ Vergangenheit: gefaltet sähen sie gleich aus
  {
    text: 'Norwegen würde der Ukraine zehn Leopard-2-Panzer liefern.',
    facts: [{ type: 'commitment', donor: 'NO', item: 'leopard-2', status: 'conditional' }],
  },
  {
    text: 'Im Mai wurden der Ukraine zehn Leopard-2-Panzer von Norwegen geliefert.',
    facts: [{ type: 'commitment', donor: 'NO', item: 'leopard-2', quantity: q(10), status: 'delivered' }],
  },
  // Verb am Ende („in der Ukraine eingetroffen“), „ein erstes solches System“ zählt eins; wer ein Treffen besucht, handelt nicht
  {
    text: 'Schweden schickt der Ukraine vier Archer-Haubitzen. Das sagte der Minister vor einem Treffen der Nato-Minister. Ein erstes solches System ist bereits in der Ukraine eingetroffen.',
    facts: [
      { type: 'commitment', donor: 'SE', item: 'archer', quantity: q(4) },
      { type: 'commitment', donor: 'SE', item: 'archer', quantity: q(1), status: 'delivered' },
    ],
    only: true,
  },
  // Passiv mit Partizip am Ende: Agens („von“) oder Herkunft („aus“) vor dem Verb
  {
    text: 'Zwei weitere Patriot-Systeme werden von Deutschland an die Ukraine geliefert.',
    facts: [{ type: 'commitment', donor: 'DE', recipient: 'UA', item: 'patriot', quantity: q(2) }],
  },
  {
    text: 'Außerdem sollen drei weitere Gepard-Flakpanzer aus den Niederlanden geliefert werden.',
    facts: [{ type: 'commitment', donor: 'NL', item: 'gepard', quantity: q(3), status: 'planned' }],
  },
  // „übergibt“, „leisten“, Kontaktgruppe als Kopf eines Kompositums
  {
    text: 'Die Bundeswehr übergibt der Ukraine 16 Lkw aus ihren Beständen.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'trucks', quantity: q(16) }],
  },
  {
    text: 'Berlin will der Ukraine im nächsten Jahr Militärhilfe im Umfang von acht Milliarden Euro leisten.',
    facts: [{ type: 'commitment', donor: 'DE', money: eur(8_000_000_000) }],
  },
  {
    text: 'Die Verteidigungskontaktgruppe kam am 3. März zum ersten Mal in diesem Jahr zusammen.',
    facts: [{ type: 'meeting', kind: 'udcg', date: { value: '2025-03-03', granularity: 'day' } }],
  },
  // Treffen „mit“ jemandem: der Genannte und der Handelnde des Satzes, auch nach dem Doppelpunkt
  {
    text: 'Nach Treffen mit Selenskyj: Kanzler Merz sagt der Ukraine neue Luftverteidigung zu',
    facts: [{ type: 'meeting', kind: 'bilateral', participants: ['DE', 'UA'] }],
  },
  {
    text: 'Bei einem Treffen mit dem polnischen Präsidenten in Warschau sagte Macron weitere Hilfe zu.',
    facts: [{ type: 'meeting', kind: 'bilateral', participants: ['FR', 'PL'], place: 'Warschau' }],
  },
  // „abgeben“; Raketen für ein System, dessen Art vor dem Namen steht
  {
    text: 'Die Bundeswehr soll zwei Patriot-Systeme an die Ukraine abgeben.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(2) }],
  },
  {
    text: 'Deutschland schickt der Ukraine 100 Raketen für das Luftverteidigungssystem Patriot.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot-interceptor', quantity: q(100) }],
    only: true,
  },
  // Ein Treffen der EU-Minister ist eine Konferenz mit Ort und Datum
  {
    text: 'Die EU-Verteidigungsminister beraten am Montag in Brüssel über weitere Munition.',
    facts: [{ type: 'meeting', kind: 'conference', place: 'Brüssel', participants: ['EU'] }],
  },
  // Wessen Bestände: der Geber, auch vor dem Verb am Satzende
  {
    text: 'Die Ukraine soll drei IRIS-T-Systeme aus Beständen der Bundeswehr bekommen.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: q(3), mode: 'donation' }],
  },
  {
    text: 'Aus den Beständen der Bundeswehr werden vier weitere Panzerhaubitzen an die Ukraine geliefert.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'pzh-2000', quantity: q(4) }],
  },
  // Gespräche oder ein Besuch in der Hauptstadt eines anderen Staates: ein Treffen mit diesem Staat
  {
    text: 'Der polnische Präsident reiste am Montag zu Gesprächen nach Berlin.',
    facts: [{ type: 'meeting', kind: 'bilateral', participants: ['PL', 'DE'], place: 'Berlin' }],
  },
  // Trennbares Treffen: „kamen … zusammen“
  {
    text: 'Kanzler Merz und der französische Präsident kamen am Mittwoch in Paris zusammen.',
    facts: [
      {
        type: 'meeting',
        kind: 'bilateral',
        participants: ['DE', 'FR'],
        date: { value: '2025-07-09', granularity: 'day' },
      },
    ],
  },
  // Ein Staat am Anfang eines Kompositums beschreibt das Nomen, er ist nicht das Subjekt
  {
    text: 'Nordeuropäer kaufen US-Waffen für 300 Millionen Dollar für die Ukraine',
    none: ['commitment'],
  },
  // Beratungen oder Verhandlungen als Rahmen: kein bloßer Gesprächsgegenstand, kein Treffen ohne Teilnehmer
  {
    text: 'Im Rahmen der jüngsten Nato-Beratungen haben sich Polen und Litauen darauf verständigt, Rüstungsgüter im Wert von 300 Millionen Dollar für die Ukraine zu kaufen.',
    facts: [
      { type: 'commitment', donor: 'PL', mode: 'funded_purchase' },
      { type: 'commitment', donor: 'LT', mode: 'funded_purchase' },
    ],
    none: ['meeting'],
  },
  {
    text: 'Bei den Verhandlungen in Brüssel sagte Kanada der Ukraine 25 Schützenpanzer zu.',
    facts: [{ type: 'commitment', donor: 'CA', category: 'armour', quantity: q(25) }],
  },
  {
    text: 'Spanien verhandelt noch über die Lieferung von sechs Leopard-Panzern.',
    none: ['commitment'],
  },
  // Ein Staat vor dem Bindestrich eines Waffenworts ist der Hersteller, nicht der Geber
  {
    text: 'Kanada und weitere Bündnisstaaten wollen US-Rüstungsgüter im Wert von 400 Millionen Dollar für die Ukraine erwerben.',
    facts: [
      { type: 'commitment', donor: 'NATO', supplier: 'US', money: usd(400_000_000), mode: 'funded_purchase' },
    ],
    only: true,
  },
  {
    text: 'Schweden kauft US-Patriot-Systeme für die Ukraine.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'patriot', supplier: 'US' }],
    only: true,
  },
  // Was ein Staat für die eigene Armee kauft oder was ein anderer Staat bekommt, ist keine Hilfe für die Ukraine
  {
    text: 'Die Bundesregierung will für die Bundeswehr sechs neue Patriot-Systeme beschaffen.',
    none: ['commitment'],
  },
  {
    text: 'Die Niederlande geben zwei Patriot-Systeme an die Ukraine ab. Die Bundeswehr bekommt im Gegenzug neue Systeme aus den USA.',
    facts: [{ type: 'commitment', donor: 'NL', item: 'patriot', quantity: q(2) }],
    only: true,
  },
  // Ein Partizip vor dem Nomen nennt eine andernorts erzählte Gabe; das Verb des Satzes entscheidet
  {
    text: 'Die Bundeswehr soll die abgegebenen Haubitzen aus Frankreich ersetzt bekommen.',
    none: ['commitment'],
  },
  // Ein gemeinsamer Betrag mehrerer Geber ist nicht der Betrag jedes einzelnen
  {
    text: 'Finnland, Estland und Lettland finanzieren gemeinsam ein Paket im Wert von 90 Millionen Euro für die Ukraine.',
    facts: [
      { type: 'commitment', donor: 'FI', money: null },
      { type: 'commitment', donor: 'EE', money: null },
      { type: 'commitment', donor: 'LV', money: null },
    ],
    only: true,
  },
  {
    text: 'Mit Unterstützung seiner Partner Belgien und Norwegen liefert Deutschland der Ukraine ein Paket im Wert von 800 Millionen Euro.',
    facts: [
      { type: 'commitment', donor: 'DE', money: eur(800_000_000) },
      { type: 'commitment', donor: 'BE', money: null },
      { type: 'commitment', donor: 'NO', money: null },
    ],
    only: true,
  },
  {
    text: 'Polen und Tschechien stellen der Ukraine je 50 Millionen Euro zur Verfügung.',
    facts: [
      { type: 'commitment', donor: 'PL', money: eur(50_000_000) },
      { type: 'commitment', donor: 'CZ', money: eur(50_000_000) },
    ],
  },
  // Worauf ein Vorhaben zielt, ist keine Zusage
  {
    text: 'Das Programm zielt darauf ab, dass Waffen aus den USA an europäische Partner verkauft werden, die sie dann der Ukraine weitergeben.',
    none: ['commitment'],
  },
  // Gründung einer Gruppe und der Rahmen „vor dem Treffen“ sind kein Treffen
  {
    text: 'Die Ukraine-Kontaktgruppe wurde im April 2022 auf Initiative der USA gegründet.',
    none: ['meeting'],
  },
  {
    text: 'Vor dem Treffen hatte der Kanzler betont, Deutschland werde der Ukraine weiter helfen.',
    none: ['meeting'],
  },
  {
    text: 'Die Kontaktgruppe kam am Freitag zum zwölften Mal in Ramstein zusammen.',
    facts: [{ type: 'meeting', kind: 'udcg', date: { value: '2025-07-11', granularity: 'day' } }],
  },
  // Dativ ohne Präposition: wer nach Subjekt, Hilfsverb oder Verb im Dativ steht, empfängt
  {
    text: 'Im Gegenzug sollen die USA der Bundeswehr neue Patriot-Systeme liefern.',
    none: ['commitment'],
  },
  {
    text: 'Spanien hat dem Land zwei weitere Hawk-Startgeräte zugesagt, die Ukraine soll sie im Herbst erhalten.',
    facts: [{ type: 'commitment', donor: 'ES', item: 'hawk' }],
  },
  {
    text: 'Kanzler Scholz hat der Ukraine ein Waffenpaket der westlichen Partner im Wert von 600 Millionen Euro zugesagt.',
    facts: [{ type: 'commitment', donor: 'DE', recipient: 'UA', money: eur(600_000_000) }],
    only: true,
  },
  // Eine Liste nach dem Doppelpunkt in einem Satz: je Staat sein Betrag
  {
    text: 'Die Beiträge der baltischen Staaten: Litauen 30 Millionen Euro, Lettland 20 Millionen Euro und Estland 15 Millionen Euro.',
    facts: [
      { type: 'commitment', donor: 'LT', money: eur(30_000_000) },
      { type: 'commitment', donor: 'LV', money: eur(20_000_000) },
      { type: 'commitment', donor: 'EE', money: eur(15_000_000) },
    ],
    only: true,
  },
  {
    text: 'Die Umfragewerte: Deutschland 40 Millionen Stimmen, Frankreich 30 Millionen Stimmen.',
    none: ['commitment'],
  },
  // Ein neuer Geber nach Komma oder „und“ öffnet einen eigenen Satzteil
  {
    text: 'Belgien liefert der Ukraine zwei NASAMS-Systeme, von den Niederlanden kommen zwei weitere hinzu.',
    facts: [
      { type: 'commitment', donor: 'BE', item: 'nasams', quantity: q(2) },
      { type: 'commitment', donor: 'NL', item: 'nasams', quantity: q(2) },
    ],
    only: true,
  },
  {
    text: 'Kanada finanziert drei IRIS-T-Systeme, Schweden bezahlt ein weiteres.',
    facts: [
      { type: 'commitment', donor: 'CA', item: 'iris-t-slm', quantity: q(3) },
      { type: 'commitment', donor: 'SE', item: 'iris-t-slm', quantity: q(1) },
    ],
    only: true,
  },
  {
    text: 'Frankreich liefert Caesar-Haubitzen, Spanien und Portugal schicken Munition.',
    facts: [
      { type: 'commitment', donor: 'FR', item: 'caesar' },
      { type: 'commitment', donor: 'ES', category: 'munitions' },
      { type: 'commitment', donor: 'PT', category: 'munitions' },
    ],
    only: true,
  },
  {
    text: 'Polen liefert der Ukraine zwanzig Leopard-2-Panzer und Norwegen bezahlt acht NASAMS-Systeme.',
    facts: [
      { type: 'commitment', donor: 'PL', item: 'leopard-2', quantity: q(20) },
      { type: 'commitment', donor: 'NO', item: 'nasams', quantity: q(8) },
    ],
    only: true,
  },
  {
    text: 'Deutschland liefert der Ukraine Munition, Schweden zahlt 200 Millionen Dollar und Dänemark 70 Millionen Dollar für das Paket.',
    facts: [
      { type: 'commitment', donor: 'DE', category: 'munitions' },
      { type: 'commitment', donor: 'SE', money: usd(200_000_000) },
      { type: 'commitment', donor: 'DK', money: usd(70_000_000) },
    ],
  },
  // „zwei weitere“ ohne Nomen: mehr vom zuletzt genannten System
  {
    text: 'Italien schickt der Ukraine ein SAMP/T-System. Aus Frankreich kommen zwei weitere hinzu.',
    facts: [
      { type: 'commitment', donor: 'IT', item: 'samp-t', quantity: q(1) },
      { type: 'commitment', donor: 'FR', item: 'samp-t', quantity: q(2) },
    ],
    only: true,
  },
  {
    text: 'Deutschland liefert drei IRIS-T-Systeme; zwei weitere kommen im nächsten Jahr hinzu.',
    facts: [
      { type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: q(3) },
      { type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: q(2) },
    ],
    only: true,
  },
  {
    text: 'Norwegen finanziert zwei Patriot-Systeme für die Ukraine. Im Herbst will Deutschland drei weitere bezahlen.',
    facts: [
      { type: 'commitment', donor: 'NO', item: 'patriot', quantity: q(2) },
      { type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(3) },
    ],
    only: true,
  },
  {
    text: 'Die Ukraine erhält fünf Patriot-Systeme. Zwei der Systeme finanziert Deutschland.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(2) }],
  },
  // Sammelgeber: die nordischen Länder stehen für die Mitglieder, die der Artikel geben lässt
  {
    text: 'Die nordischen Länder kaufen für die Ukraine Patriot-Flugabwehrraketen. Schweden zahlt 275 Millionen Dollar, Dänemark 580 Millionen Kronen und Norwegen 1,5 Milliarden Kronen.',
    facts: [
      { type: 'commitment', donor: 'SE', item: 'patriot-interceptor', money: usd(275_000_000) },
      { type: 'commitment', donor: 'DK', item: 'patriot-interceptor', money: dkk(580_000_000) },
      { type: 'commitment', donor: 'NO', item: 'patriot-interceptor', money: nok(1_500_000_000) },
    ],
    only: true,
  },
  {
    text: 'Die skandinavischen Staaten stellen der Ukraine weitere Patriot-Raketen zur Verfügung.',
    facts: [{ type: 'commitment', donor: 'NORDIC', item: 'patriot-interceptor' }],
    only: true,
  },
  {
    text: 'Die nordischen Staaten finanzieren gemeinsam ein Paket von 500 Millionen Dollar. Schweden zahlt 275 Millionen Dollar, Norwegen 112 Millionen Dollar und Dänemark 113 Millionen Dollar.',
    facts: [
      { type: 'total', donor: 'NORDIC', money: usd(500_000_000) },
      { type: 'commitment', donor: 'SE', money: usd(275_000_000) },
      { type: 'commitment', donor: 'NO', money: usd(112_000_000) },
      { type: 'commitment', donor: 'DK', money: usd(113_000_000) },
    ],
    only: true,
  },
  {
    text: 'Die nordischen und baltischen Staaten sagten der Ukraine neue Drohnen zu.',
    facts: [{ type: 'commitment', donor: 'NB8', category: 'drones' }],
  },
  {
    text: 'Die nordischen Länder wollen gemeinsam Patriot-Flugabwehrraketen im Wert von 500 Millionen Dollar für die Ukraine kaufen. Die Beiträge: Schweden 275 Millionen Dollar, Norwegen 112 Millionen Dollar und Dänemark 113 Millionen Dollar.',
    facts: [
      { type: 'total', donor: 'NORDIC', money: usd(500_000_000) },
      { type: 'commitment', donor: 'SE', item: 'patriot-interceptor', money: usd(275_000_000) },
      { type: 'commitment', donor: 'NO', item: 'patriot-interceptor', money: usd(112_000_000) },
      { type: 'commitment', donor: 'DK', item: 'patriot-interceptor', money: usd(113_000_000) },
    ],
    only: true,
  },
  // Empfänger nach dem Verb (Verbzweitstellung): was die Bundeswehr erhält, ist keine Hilfe
  {
    text: 'Im Gegenzug erhält die Bundeswehr neue Patriot-Systeme aus den USA.',
    none: ['commitment'],
  },
  {
    text: 'Im Herbst erhält Kiew aus Deutschland zwei IRIS-T-Systeme.',
    facts: [{ type: 'commitment', donor: 'DE', recipient: 'UA', item: 'iris-t-slm', quantity: q(2) }],
  },
  {
    text: 'Die Kontaktgruppe traf sich am 21. Nov. 2024 in Brüssel.',
    facts: [{ type: 'meeting', kind: 'udcg', date: { value: '2024-11-21', granularity: 'day' } }],
  },
  // Ein Agent im Relativsatz gehört zu dessen Verb, nicht zum Geber
  {
    text: 'Polen liefert der Ukraine Leopard-2-Panzer, die von Deutschland hergestellt wurden.',
    facts: [{ type: 'commitment', donor: 'PL', item: 'leopard-2' }],
    only: true,
  },
  {
    text: 'Die Niederlande schicken Panzerhaubitzen, die zuvor von Deutschland gekauft worden waren.',
    facts: [{ type: 'commitment', donor: 'NL', item: 'pzh-2000', supplier: null }],
    only: true,
  },
  // Wer sich bei einem Treffen als Rahmen des Satzes trifft, gibt nicht
  {
    text: 'Bei der Sitzung der Ukraine-Kontaktgruppe am Montag in Brüssel sagte Pistorius der Ukraine zwei IRIS-T-Systeme zu.',
    facts: [
      { type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: q(2) },
      { type: 'meeting', kind: 'udcg' },
    ],
    only: true,
  },
  {
    text: 'Beim Treffen der Nato-Verteidigungsminister sagte Norwegen der Ukraine neue NASAMS-Systeme zu.',
    facts: [{ type: 'commitment', donor: 'NO', item: 'nasams' }],
    only: true,
  },
  // Eine Reihe seit einem Datum ist kein Treffen; ein eigenes Datum macht eines
  {
    text: 'Seit April 2022 kommen die Verteidigungsminister im Ramstein-Format zusammen.',
    none: ['meeting'],
  },
  {
    text: 'Die Kontaktgruppe, die seit 2022 tagt, kam am Dienstag in Brüssel zusammen.',
    facts: [{ type: 'meeting', kind: 'udcg', date: { value: '2025-07-15', granularity: 'day' } }],
  },
  // Ein später wieder genanntes Paket nennt mit seinem Inhalt, was die Zusagen davor enthalten
  {
    text: 'Die Niederlande sagen der Ukraine 150 Millionen Euro zu. Der Minister sprach in Den Haag. Dieses Paket umfasst Raketen für NASAMS-Systeme.',
    facts: [{ type: 'commitment', donor: 'NL', item: 'nasams-interceptor', money: eur(150_000_000) }],
    only: true,
  },
  // Wer die Kosten trägt, bezahlt, was die Zusage davor gibt
  {
    text: 'Norwegen kauft der Ukraine zwei NASAMS-Systeme. Die Kosten trägt Deutschland.',
    facts: [
      { type: 'commitment', donor: 'NO', item: 'nasams', quantity: q(2) },
      { type: 'commitment', donor: 'DE', item: 'nasams', quantity: q(2), mode: 'funded_purchase' },
    ],
    only: true,
  },
  // „statt“ verneint das Verb, das es einleitet
  {
    text: 'Statt Kampfjets zu liefern, will Frankreich die Flugabwehr der Ukraine stärken.',
    none: ['commitment'],
  },
  // Eine Quelle („nach Angaben“, „laut“) gibt nicht
  {
    text: 'Nach Angaben des obersten US-Generals besteht die wichtigste Hilfe in der Lieferung von Luftverteidigungssystemen.',
    none: ['commitment'],
  },
  // Dank: die Bedankten geben; ohne sie ist der Beitrag schon erzählt
  {
    text: 'Der Kanzler dankte Schweden und Finnland für ihren Beitrag zur Initiative.',
    facts: [
      { type: 'commitment', donor: 'SE' },
      { type: 'commitment', donor: 'FI' },
    ],
    only: true,
  },
  {
    text: 'Der Generalsekretär dankte den beiden Ländern für ihren Beitrag.',
    none: ['commitment'],
  },
  // „man zusammen“: die Koalition, die der Satz nennt
  {
    text: 'Seit Gründung der Ukraine-Kontaktgruppe habe man zusammen 300 Kampfpanzer an die Ukraine geliefert, sagte der Minister.',
    facts: [{ type: 'commitment', donor: 'UDCG', category: 'armour', quantity: q(300) }],
    only: true,
  },
  // Trennbare Verben: „sagen … zu“, „bringt … auf den Weg“; „könne“ ist eine Möglichkeit
  {
    text: 'Die Niederlande sagen der Ukraine 150 Millionen Euro zu.',
    facts: [{ type: 'commitment', donor: 'NL', money: eur(150_000_000) }],
  },
  {
    text: 'Belgien bringt ein Paket von 200 Millionen Euro für die Ukraine auf den Weg.',
    facts: [{ type: 'commitment', donor: 'BE', money: eur(200_000_000) }],
  },
  {
    text: 'Damit könne man wichtige Güter an die Front liefern.',
    none: ['commitment'],
  },
  // Sammelgeber ohne Namen: „die Verbündeten“ sind die Kontaktgruppe
  {
    text: 'Die Verbündeten sagten der Ukraine bei dem Treffen Waffen im Wert von 2 Milliarden Euro zu.',
    facts: [{ type: 'commitment', donor: 'UDCG', money: eur(2_000_000_000) }],
  },
  // Ein Nationalitätsadjektiv nach „an“ beschreibt ein Nomen, es empfängt nicht
  {
    text: 'Frankreich beteiligt sich mit 300 Millionen Euro an der tschechischen Munitionsinitiative.',
    facts: [{ type: 'commitment', donor: 'FR', money: eur(300_000_000) }],
  },
  // „die Regierung in Oslo“ handelt für Norwegen
  {
    text: 'Die Regierung in Oslo hat der Ukraine weitere 50 Millionen Kronen zugesagt.',
    facts: [{ type: 'commitment', donor: 'NO', money: nok(50_000_000) }],
  },
  // „das zweite System“: eines mehr vom zuletzt genannten Gerät
  {
    text: 'Die Niederlande haben der Ukraine ein Patriot-System zugesagt. Das zugesagte zweite System soll aus Deutschland kommen.',
    facts: [
      { type: 'commitment', donor: 'NL', item: 'patriot', quantity: q(1) },
      { type: 'commitment', donor: 'DE', item: 'patriot', quantity: q(1) },
    ],
    only: true,
  },
  // Was ein Sprecher von einem anderen verlangt („dass … sollen“), ist keine Zusage
  {
    text: 'Trump hob aber hervor, dass die Europäer für die Systeme bezahlen sollen.',
    none: ['commitment'],
  },
  {
    text: 'Pistorius sagte, dass Deutschland zwei weitere IRIS-T-Systeme liefern soll.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'iris-t-slm', quantity: q(2) }],
  },
  // Komposita: Drohnensensoren sind Drohnen; „gehen … nach Kiew“ mit dem Geber davor
  {
    text: 'Deutschland liefert der Ukraine zwei IRIS-T-Systeme. Darüber hinaus gehen zehn Drohnensensoren nach Kiew.',
    facts: [{ type: 'commitment', donor: 'DE', category: 'drones', quantity: q(10) }],
  },
  // „ein Paket über 500 Millionen Euro“ ist genau so viel wert; „über“ vor einem Betrag sonst „mehr als“
  {
    text: 'Mit einem neuen Paket über 500 Millionen Euro unterstützt Deutschland die Ukraine.',
    facts: [{ type: 'commitment', donor: 'DE', money: eur(500_000_000) }],
  },
  {
    text: 'Deutschland hat der Ukraine über 500 Millionen Euro gezahlt.',
    facts: [{ type: 'commitment', donor: 'DE', money: eur(500_000_000, 'at_least') }],
  },
  // „vom Typ“, „des Typs“: die Art beschreibt das genannte Gerät, sie ist keine eigene Zusage
  {
    text: 'Großbritannien stellt der Ukraine weitere 100 Luftabwehrraketen vom Typ Starstreak bereit.',
    facts: [{ type: 'commitment', donor: 'GB', item: 'starstreak', quantity: q(100) }],
    only: true,
  },
  // Ein Nomen des Gebens ohne Subjekt: der Geber ist, woher die Dinge kommen
  {
    text: 'Die Lieferung von vier Leopard-1-Panzern aus Dänemark ist für Mai geplant.',
    facts: [{ type: 'commitment', donor: 'DK', item: 'leopard-1', quantity: q(4) }],
  },
  // Eine Zahl von zehn und mehr Staaten ist die Kontaktgruppe; sie gibt nur mit Ding oder Betrag
  {
    text: 'Mehr als 50 Staaten haben der Ukraine Munition geliefert.',
    facts: [{ type: 'commitment', donor: 'UDCG', category: 'munitions', quantity: null }],
    only: true,
  },
  {
    text: 'Die 32 Staaten der Nato sagten der Ukraine 40 Milliarden Euro zu.',
    facts: [{ type: 'commitment', donor: 'NATO', money: eur(40_000_000_000) }],
    only: true,
  },
  // „Patriot-Flugabwehrraketen“, im nächsten Satz „die Systeme“ genannt, waren die Systeme
  {
    text: 'Die USA wollen der Ukraine Patriot-Flugabwehrraketen zur Verfügung stellen. Die Systeme sollen aus Beständen der Armee kommen.',
    facts: [{ type: 'commitment', donor: 'US', item: 'patriot' }],
    only: true,
  },
  {
    text: 'Deutschland liefert Raketen für Patriot-Systeme an die Ukraine. Die Systeme schützen Kiew.',
    facts: [{ type: 'commitment', donor: 'DE', item: 'patriot-interceptor' }],
    only: true,
  },
  // Vorangestelltes Partizip, dann das finite Hilfsverb und das Subjekt
  {
    text: 'Ebenfalls zugesagt hat Schweden zwölf Archer-Haubitzen.',
    facts: [{ type: 'commitment', donor: 'SE', item: 'archer', quantity: q(12) }],
  },
  {
    text: 'Zugesagt haben die Niederlande außerdem 18 Panzerhaubitzen.',
    facts: [{ type: 'commitment', donor: 'NL', item: 'pzh-2000', quantity: q(18) }],
  },
  // Ein Gipfel als Rahmen eines Satzes über die Nato ist der Nato-Gipfel
  {
    text: 'Die Nato-Staaten haben sich beim Gipfel in Den Haag verpflichtet, bis 2035 fünf Prozent ihres BIP für Verteidigung auszugeben.',
    facts: [
      { type: 'meeting', kind: 'nato_summit', place: 'Den Haag' },
      { type: 'target', value: 5 },
    ],
  },
  // Die Gruppe als Handelnde, ohne Wort des Treffens, Datum oder Ort, trifft sich nicht
  {
    text: 'Ramstein-Gruppe rüstet Kiew für die Offensive',
    none: ['meeting'],
  },
];

describe('Extraktionsmuster, Deutsch', () => runCases('de', cases));
