/**
 * Matching volunteers and offers: a score out of 100 made of four factors, each with its
 * points and a sentence saying why, so a coordinator can explain every ranking. Pure
 * functions: the same profiles always give the same score.
 */

import { type Language, skillLabel } from '../volunteers/skills.ts';

/** What matching reads of a volunteer's profile. */
export type VolunteerProfile = {
  skills: string[];
  districts: number[];
  hoursPerWeek: number | null;
  availableFrom: string | null;
  availableTo: string | null;
};

/** What matching reads of an offer. */
export type OfferNeeds = {
  skills: string[];
  district: number | null;
  hoursPerWeek: number | null;
  start: string | null;
  end: string | null;
};

export type Factor = {
  /** A machine code: skills, district_same, district_any, district_other, hours_fit, ... */
  code: string;
  points: number;
  maxPoints: number;
  /** The reason, in the caller's language. */
  text: string;
};

export type MatchScore = { score: number; reasons: string[]; factors: Factor[] };

/** The weights: shared skills count most. Factors the offer does not ask about are left out. */
export const WEIGHTS = { skills: 60, district: 15, hours: 15, availability: 10 } as const;

const t = (language: Language, pl: string, en: string) => (language === 'pl' ? pl : en);

function skillsFactor(offer: OfferNeeds, volunteer: VolunteerProfile, language: Language): Factor {
  const shared = offer.skills.filter((skill) => volunteer.skills.includes(skill));
  const labels = shared.map((skill) => skillLabel(skill, language)).join(', ');
  const wanted = offer.skills.length;
  const points = wanted === 0 ? 0 : (WEIGHTS.skills * shared.length) / wanted;
  const text =
    shared.length === 0
      ? t(language, `żadna z ${wanted} poszukiwanych umiejętności`, `none of the ${wanted} wanted skills`)
      : t(
          language,
          `${shared.length} z ${wanted} poszukiwanych umiejętności: ${labels}`,
          `${shared.length} of ${wanted} wanted skills: ${labels}`,
        );
  return { code: 'skills', points, maxPoints: WEIGHTS.skills, text };
}

function districtFactor(
  district: number,
  volunteer: VolunteerProfile,
  language: Language,
  districtName: (number: number) => string,
): Factor {
  const name = districtName(district);
  const max = WEIGHTS.district;
  if (volunteer.districts.includes(district)) {
    return {
      code: 'district_same',
      points: max,
      maxPoints: max,
      text: t(language, `ta sama dzielnica: ${name}`, `same district: ${name}`),
    };
  }
  if (volunteer.districts.length === 0) {
    return {
      code: 'district_any',
      points: Math.round(max / 2),
      maxPoints: max,
      text: t(language, 'gotowość do pomocy w każdej dzielnicy', 'willing to help in any district'),
    };
  }
  return {
    code: 'district_other',
    points: 0,
    maxPoints: max,
    text: t(language, `inna dzielnica niż oferta (${name})`, `another district than the offer's (${name})`),
  };
}

function hoursFactor(needed: number, volunteer: VolunteerProfile, language: Language): Factor {
  const max = WEIGHTS.hours;
  const can = volunteer.hoursPerWeek;
  if (can === null) {
    return {
      code: 'hours_unknown',
      points: Math.round(max / 2),
      maxPoints: max,
      text: t(language, 'nie podano liczby godzin w tygodniu', 'hours a week not given'),
    };
  }
  if (can >= needed) {
    return {
      code: 'hours_fit',
      points: max,
      maxPoints: max,
      text: t(language, `${can} h tygodniowo (potrzeba ${needed} h)`, `${can} h a week (${needed} h needed)`),
    };
  }
  return {
    code: 'hours_short',
    points: (max * can) / needed,
    maxPoints: max,
    text: t(
      language,
      `tylko ${can} z ${needed} h tygodniowo`,
      `only ${can} of the ${needed} h a week needed`,
    ),
  };
}

function availabilityFactor(offer: OfferNeeds, volunteer: VolunteerProfile, language: Language): Factor {
  const max = WEIGHTS.availability;
  if (volunteer.availableFrom === null && volunteer.availableTo === null) {
    return {
      code: 'availability_unknown',
      points: Math.round(max / 2),
      maxPoints: max,
      text: t(language, 'nie podano okresu dostępności', 'availability period not given'),
    };
  }
  // Open ends reach as far as any date: 'YYYY-MM-DD' strings compare in date order.
  const volunteerFrom = volunteer.availableFrom ?? '0000-01-01';
  const volunteerTo = volunteer.availableTo ?? '9999-12-31';
  const offerFrom = offer.start ?? '0000-01-01';
  const offerTo = offer.end ?? '9999-12-31';
  if (volunteerFrom <= offerFrom && volunteerTo >= offerTo) {
    return {
      code: 'availability_full',
      points: max,
      maxPoints: max,
      text: t(language, 'dostępność w całym okresie oferty', 'available for the whole offer period'),
    };
  }
  if (volunteerFrom <= offerTo && volunteerTo >= offerFrom) {
    return {
      code: 'availability_partial',
      points: Math.round(max / 2),
      maxPoints: max,
      text: t(language, 'dostępność w części okresu oferty', 'available for part of the offer period'),
    };
  }
  return {
    code: 'availability_none',
    points: 0,
    maxPoints: max,
    text: t(language, 'dostępność poza okresem oferty', 'available only outside the offer period'),
  };
}

/** The score of a volunteer for an offer (0..100) with its reasons, best factor first. */
export function scoreMatch(
  offer: OfferNeeds,
  volunteer: VolunteerProfile,
  language: Language,
  districtName: (number: number) => string,
): MatchScore {
  const factors: Factor[] = [skillsFactor(offer, volunteer, language)];
  if (offer.district !== null)
    factors.push(districtFactor(offer.district, volunteer, language, districtName));
  if (offer.hoursPerWeek !== null) factors.push(hoursFactor(offer.hoursPerWeek, volunteer, language));
  if (offer.start !== null || offer.end !== null)
    factors.push(availabilityFactor(offer, volunteer, language));
  const earned = factors.reduce((sum, factor) => sum + factor.points, 0);
  const possible = factors.reduce((sum, factor) => sum + factor.maxPoints, 0);
  const rounded = factors.map((factor) => ({ ...factor, points: Math.round(factor.points * 10) / 10 }));
  return {
    score: Math.round((100 * earned) / possible),
    reasons: rounded.map((factor) => factor.text),
    factors: rounded,
  };
}

/** Best first; equal scores in id order, so the same data always gives the same list. */
export function byScoreThenId<T extends { score: number }>(idOf: (item: T) => string) {
  return (a: T, b: T) => b.score - a.score || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);
}
