import { builder } from "../../builder.ts";
import {
  DataQualityFlag,
  EthnicGroup,
  EthnicityBasis,
  FlowKind,
  Gender,
  PolicePower,
  PowerBreakdown,
  PowerRowRole,
  Rank,
  SubjectEthnicity,
  WorkerType,
  WorkforceEthnicity,
} from "../../generated/prisma/enums.ts";

import { workforce } from "../common/subgraphs.ts";

// `workforce` lives in common/subgraphs.ts; exported here too for the modules that import it from here.
export { workforce };

export const WorkerTypeEnum = builder.enumType(WorkerType, { name: "WorkerType", ...workforce });

export const RankEnum = builder.enumType(Rank, {
  name: "Rank",
  description: "Police officer rank, highest first. CHIEF_OFFICER covers ACC/Commander and above.",
  ...workforce,
  values: {
    CHIEF_OFFICER: { description: "Assistant Chief Constable (Commander in London) and above." },
    CHIEF_SUPERINTENDENT: {},
    SUPERINTENDENT: {},
    CHIEF_INSPECTOR: {},
    INSPECTOR: {},
    SERGEANT: {},
    CONSTABLE: {},
    NOT_APPLICABLE: { description: "Worker types without ranks (staff, PCSOs)." },
  },
});

export const GenderEnum = builder.enumType(Gender, { name: "Gender", ...workforce });

export const EthnicGroupEnum = builder.enumType(EthnicGroup, {
  name: "EthnicGroup",
  description:
    "Broad ethnic group (the Census 2021 five groups) plus NOT_STATED. Home Office workforce tables' 'Chinese or other' is counted under OTHER.",
  ...workforce,
});

export const WorkforceEthnicityEnum = builder.enumType(WorkforceEthnicity, {
  name: "WorkforceEthnicity",
  description: "Ethnicity exactly as the Home Office workforce table records it.",
  ...workforce,
});

export const FlowKindEnum = builder.enumType(FlowKind, { name: "FlowKind", ...workforce });

export const PolicePowerEnum = builder.enumType(PolicePower, { name: "PolicePower", ...workforce });

export const EthnicityBasisEnum = builder.enumType(EthnicityBasis, {
  name: "EthnicityBasis",
  description: "Whose view of the subject's ethnicity a count uses.",
  ...workforce,
});

export const SubjectEthnicityEnum = builder.enumType(SubjectEthnicity, {
  name: "SubjectEthnicity",
  description:
    "Ethnicity of the person a power was used on. UNKNOWN (not recorded) is kept, never dropped: it bounds disproportionality. ALL is the force's total.",
  ...workforce,
});

export const WorkforceDateRange = builder.inputType("WorkforceDateRange", {
  description: "An inclusive date range; leave an end out for an open range.",
  ...workforce,
  fields: (t) => ({
    from: t.field({ type: "Date", required: false, description: "On or after this day." }),
    to: t.field({ type: "Date", required: false, description: "On or before this day." }),
  }),
});

/** Prisma Decimal → number; null stays null. */
export function decimalToNumber(value: { toNumber(): number } | null | undefined): number | null {
  return value == null ? null : value.toNumber();
}

export const EthnicClassificationEnum = builder.enumType("EthnicClassification", {
  description: "The ethnic classification a figure was published in.",
  ...workforce,
  values: {
    HOME_OFFICE_PRE_2021: {
      description:
        "Home Office workforce tables to March 2020: 'Chinese or Other' is one group; Asian excludes Chinese.",
    },
    HOME_OFFICE_2021: {
      description:
        "Home Office workforce tables from March 2021: 'Other ethnic group'; Chinese are in Asian.",
    },
    CENSUS_2011: { description: "Census 2011, 18 categories held (Chinese in Asian, Arab in Other)." },
    CENSUS_2021: { description: "Census 2021, 5 broad groups held (Chinese in Asian, Arab in Other)." },
  } as const,
});

export const PowerRowRoleEnum = builder.enumType(PowerRowRole, {
  name: "PowerRowRole",
  description: "A police-powers row's place in its source table.",
  ...workforce,
  values: {
    TOTAL: { description: "The source's official total." },
    SUBTOTAL: { description: "The sum of the rows whose parentTactic names it." },
    CATEGORY: { description: "A category with nothing beneath it: a leaf of the official total." },
    SUBCATEGORY: { description: "A leaf under a subtotal." },
    EXCLUDED: {
      description: "Published but outside the official total (Tactical communication, tactic not reported).",
    },
  },
});

export const PowerBreakdownEnum = builder.enumType(PowerBreakdown, {
  name: "PowerBreakdown",
  description: "The extra dimension a police-powers row splits its tactic by.",
  ...workforce,
  values: {
    NONE: { description: "All subjects together." },
    ETHNICITY: { description: "One row per subject ethnicity." },
  },
});

export const DataQualityFlagEnum = builder.enumType(DataQualityFlag, {
  name: "DataQualityFlag",
  description: "Why a published value may not mean what it says (data/README.md).",
  ...workforce,
  values: {
    ZERO_MAY_BE_NOT_PUBLISHED: {
      description: "A 0 from a cleaned file that turned '-' (nil or not published) into 0.",
    },
    ALL_ZERO_LIKELY_NOT_SUBMITTED: {
      description:
        "Every category of the force's row is 0, 'not reported' included: most likely not submitted.",
    },
  },
});
