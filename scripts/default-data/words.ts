/**
 * Word lists for fictional Norwegian organisation names: made-up place names (syllables),
 * nature words, trade words by cluster theme, surnames for law firms, first names for contacts.
 * Any real organisation these happen to spell is a coincidence. Lists are written as
 * whitespace-separated text so they stay compact.
 */
import type { Theme } from './clusters';

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const PLACE_HEADS = words(`
  Bjørk Fjell Lyng Stein Sol Hav Elv Eik Gran Furu Ask Berg Dal Vik Strand Kvit Rau Tind Holm
  Nes Myr Lid Ros Bakke Orre Skarv Tjern Vid Sand Rype Hegg Alm Lønn Selje Kjerr Blå Grøn Ulv
  Rev Ørne Kval Sel Laks Heid Mo Rød Svart Hvit
`);

export const PLACE_TAILS = words(`
  vik dal nes berg heim stad by fjord li ås mo haug land øy sund voll rud seter holt eng bø
  vang torp sæter myra
`);

export const NATURE = words(`
  Fjord Bølge Nordlys Skog Fjell Bre Lyng Tind Havørn Måke Furu Bjørk Vind Snø Kilde Foss Bekk
  Ørn Gaupe Tjern Vidde Skjær Holme Fyr Polar Midnatt Morild Rim Dogg Lom Fjære Tare Isbre
  Nordkyst Skjærgård Høyfjell Solgløtt Stjerne Kompass Varde
`);

export const THEME_TRADES: Readonly<Record<Theme, readonly string[]>> = {
  health: words(`
    Medtech Diagnostikk Farma Helse Bio Onkologi Terapi Biotek Medisinsk Velferdsteknologi
    Immunologi Genomikk Helsedata Klinikk`),
  energy: words('Energi Kraft Nett Fleks Smartgrid Strøm Energisystemer Batteri Lading Energidata'),
  ai: words('Analytics Data Innsikt Robotikk Algoritme Maskinlæring Sensor Vision'),
  decom: words('Demontering Gjenbruk Offshore Riving Miljøteknikk Dekom Sanering'),
  industry: words(`
    Mekaniske Automasjon Systems Subsea Maritime Verksted Presisjon Industri Kompositt Sveis
    Teknikk Produksjon`),
  solar: words('Solkraft Solenergi Solcelle Fotovoltaikk Energi Elektro Tak'),
  construction: words(`
    Bygg Eiendom Arkitekter Betong Entreprenør Prosjekt Byggteknikk Tre Fasade Ingeniører Anlegg
    Rør`),
  textile: words('Tekstil Design Ull Sko Mote Garn Klær Strikk Vev Sying'),
  hydrogen: words('Hydrogen Elektrolyse Brensel Gass H2 Ammoniakk Energi'),
  circular: words('Gjenvinning Ombruk Sirkulær Retur Miljø Resirk Kretsløp'),
  edtech: words('Læring Skole Edu Kunnskap Lær Pedagogikk Kurs Læremidler'),
};

/** Endings that turn a nature word into a startup name: "Fjordly", "Bølgetech". */
export const STARTUP_SUFFIXES = words('tech ly io labs ify go hub sense');

export const SURNAMES = words(`
  Berg Lie Dahl Haugen Hagen Bakken Moen Strand Solberg Eide Aas Lund Nygaard Holm Kristiansen
  Vik Brekke Sæther Hauge Fjeld Røed Tveit Myhre Aune Ruud Wold Lien Sørensen Engen Bråten
  Løken Amundsen Eriksen Nilsen Jacobsen Sandvik Thorsen Iversen Paulsen Grønli Østby Kvam
  Rønning Fossum Bjerke Skogen Helland Torp
`);

/** For contact persons; é and ë test that Windows-1252 files are written byte-exact. */
export const FIRST_NAMES = words(`
  Anne Kari Ingrid Marit Silje Ida Nora Hanne Tone Renée Åse Solveig Øyvind Ola Lars Per Jon
  Espen Håkon Bjørn Kjetil André Sindre Magnus Eirik Zoë Mette Trond Geir Astrid
`);

/** Public bodies: a fictional place and what the body is. */
export const PUBLIC_FORMS: readonly ((place: string) => string)[] = [
  (place) => `${place} kommune`,
  (place) => `${place} næringsselskap KF`,
  (place) => `${place} havn IKS`,
  (place) => `${place} innovasjonsetat`,
  (place) => `${place} sykehus HF`,
  (place) => `${place} regionråd`,
];

export const INVESTOR_WORDS = words('Invest Capital Ventures Holding Kapital Såkornfond Fond');
