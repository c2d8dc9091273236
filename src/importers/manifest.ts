import { fileURLToPath } from "node:url";
import type { ImportKind } from "./index.ts";

/** The project's data/ directory (shipped copies of real public data, each folder with SOURCE.md). */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

export interface ShippedDataset {
  /** Folder under data/; also the SourceDocument id ("data/<folder>"). */
  folder: string;
  title: string;
  /** Upstream publisher of the figures. */
  publisher: string;
  /** Where the shipped copy was taken from (see SOURCE.md for the commit). */
  url: string;
  licence: string;
  notes: string;
  /** Files to import, in order, with their importer kind. */
  imports: Array<{ kind: ImportKind; file: string }>;
}

const OGL = "Open Government Licence v3.0";

/** Every shipped dataset that is imported, in dependency order (forces first, regions before workforce). */
export const SHIPPED_DATASETS: ShippedDataset[] = [
  {
    folder: "forces",
    title: "Police forces: data.police.uk ids and ONS police force area codes",
    publisher: "data.police.uk (Home Office) and Office for National Statistics",
    url: "https://github.com/BlackThrive/streetlamp",
    licence: `${OGL} (force ids, names, PFA codes); repository MIT (Black Thrive Global)`,
    notes: "inst/extdata/forces.csv at commit d930ece0246725b51e16d619fbaf84f42d4c82ad",
    imports: [{ kind: "forces", file: "forces.csv" }],
  },
  {
    folder: "police-regions-ced-2019-20",
    title:
      "Police use of force statistics, England and Wales, April 2019 to March 2020: CED use by force and region",
    publisher: "Home Office",
    url: "https://github.com/Resistance-Lab/resistancelab_data",
    licence: `${OGL} (Crown copyright official statistics); the republishing repository states no licence`,
    notes:
      "cleaned_data/use-of-force/by-ced-type-force-region/april2019-march2020.csv at commit 625e720132cc8e912caf091b3b6ebc716fa939a8",
    imports: [{ kind: "regions", file: "ced-use-by-force-region-april2019-march2020.csv" }],
  },
  {
    folder: "census2021-ethnicity-by-pfa",
    title: "Census 2021 usual residents by police force area and 5 broad ethnic groups (TS021)",
    publisher: "Office for National Statistics",
    url: "https://github.com/BlackThrive/searchlight",
    licence: `${OGL}: Source: Office for National Statistics licensed under the Open Government Licence v3`,
    notes: "inst/validation/reproduction-population.csv at commit 0d4ee530641427f4b0e3ddff960b78bd07e7c542",
    imports: [{ kind: "census2021", file: "census2021-ethnicity-5group-by-pfa.csv" }],
  },
  {
    folder: "census2011-ethnicity-by-pfa",
    title: "Census 2011 ethnic group (QS201EW) by police force area",
    publisher: "Office for National Statistics",
    url: "https://github.com/Resistance-Lab/resistancelab_data",
    licence: `${OGL} (Crown copyright); the republishing repository states no licence`,
    notes:
      "analysis/0002-demographics-by-police-force-area/force-demographics.csv at commit 625e720132cc8e912caf091b3b6ebc716fa939a8",
    imports: [{ kind: "census2011", file: "force-demographics.csv" }],
  },
  {
    folder: "home-office-workforce-ethnicity",
    title:
      "Police workforce, England and Wales: officers by force, rank, gender and ethnicity (open data table)",
    publisher: "Home Office",
    url: "https://github.com/GWilloughby99/eastern-eye",
    licence: `${OGL} (Crown copyright official statistics)`,
    notes:
      "police-force-demographics/officer-rank-from-2003.csv at ed67e93478e762b2188c81a657175300e39b4dd6; " +
      "police-force-demographics/final script/chief-officer-latest.csv at 65608371b05458efc44089f234c4cad9f20c291d",
    imports: [
      { kind: "workforce", file: "officers-by-force-rank-gender-ethnicity-2003-2006.csv" },
      { kind: "workforce", file: "chief-officers-by-force-gender-ethnicity-2003-2021.csv" },
    ],
  },
  {
    folder: "police-officer-fte-2015-2019",
    title: "Police workforce, England and Wales: police officer FTE by force, 31 March 2015 to 2019",
    publisher: "Home Office",
    url: "https://github.com/Resistance-Lab/resistancelab_data",
    licence: `${OGL} (Crown copyright official statistics); the republishing repository states no licence`,
    notes:
      "analysis/0003-police-workforce-by-year/police-workforce-fte-by-year.csv at commit 625e720132cc8e912caf091b3b6ebc716fa939a8",
    imports: [{ kind: "officer-fte", file: "police-workforce-fte-by-year.csv" }],
  },
  {
    folder: "stop-search-black-white-ratio-2025-26",
    title:
      "Stop and search of people self-defined as Black and White by force, August 2025 to July 2026 (data.police.uk)",
    publisher: "data.police.uk (Home Office); populations from ONS Census 2021",
    url: "https://github.com/BlackThrive/searchlight",
    licence: `${OGL} (data.police.uk records, Census 2021); repository MIT`,
    notes: "inst/validation/reproduction-expected.csv at commit 0d4ee530641427f4b0e3ddff960b78bd07e7c542",
    imports: [{ kind: "stop-search-ratio", file: "black-white-stop-search-ratio-by-force.csv" }],
  },
  {
    folder: "stop-search-totals-by-force-2024-25",
    title:
      "Police powers and procedures: stop and search totals by force, year ending March 2025 (table SS_20)",
    publisher: "Home Office",
    url: "https://github.com/BlackThrive/searchlight",
    licence: `${OGL} (Home Office official statistics); repository MIT`,
    notes: "inst/extdata/ppap-totals.csv at commit fb93fa6f33c47ce87d5bc4631c61d0cb34894b05",
    imports: [{ kind: "stop-search-totals", file: "ppap-totals.csv" }],
  },
  {
    folder: "use-of-force-by-ethnicity-2019-20",
    title:
      "Police use of force statistics, England and Wales, April 2019 to March 2020: by subject ethnicity, tactic and force",
    publisher: "Home Office",
    url: "https://github.com/Resistance-Lab/resistancelab_data",
    licence: `${OGL} (Crown copyright official statistics); the republishing repository states no licence`,
    notes:
      "cleaned_data/use-of-force/by-ethnicity-force/april2019-march2020.csv at commit 625e720132cc8e912caf091b3b6ebc716fa939a8",
    imports: [{ kind: "use-of-force", file: "use-of-force-by-ethnicity-force-april2019-march2020.csv" }],
  },
  {
    folder: "taser-use-by-ethnicity-2018-2020",
    title:
      "Police use of force statistics: Taser (CED) use by subject ethnicity and force, 2018/19 and 2019/20",
    publisher: "Home Office",
    url: "https://github.com/Resistance-Lab/resistancelab_data",
    licence: `${OGL} (Crown copyright official statistics); the republishing repository states no licence`,
    notes:
      "analysis/0011-taser-use-by-ethnicity/taser-use-by-ethnicity.csv at commit 625e720132cc8e912caf091b3b6ebc716fa939a8",
    imports: [{ kind: "taser", file: "taser-use-by-ethnicity.csv" }],
  },
];

export function sourceIdOf(dataset: ShippedDataset): string {
  return `data/${dataset.folder}`;
}
