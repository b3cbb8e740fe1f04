import { classifyBusinessScale, type BusinessScale, type ScaleClassification } from "./scale";

/** The wizard's steps, in order; the application row stores the index of the step to resume at. */
export const ONBOARDING_STEPS = ["identity", "location", "finance", "certifications", "review"] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export const stepIndex = (step: OnboardingStep) => ONBOARDING_STEPS.indexOf(step) + 1;
export const stepAt = (index: number): OnboardingStep =>
  ONBOARDING_STEPS[Math.min(Math.max(Math.trunc(index), 1), ONBOARDING_STEPS.length) - 1]!;

/** The step to resume at: never beyond the first step whose data is still missing. */
export const resumeStep = (savedStep: number, completed: ReadonlySet<OnboardingStep>): OnboardingStep => {
  const firstMissing = ONBOARDING_STEPS.find((s) => s !== "review" && !completed.has(s)) ?? "review";
  return stepIndex(firstMissing) < savedStep ? firstMissing : stepAt(savedStep);
};

export type ScaleExplanation = {
  scale: BusinessScale;
  isUmk: boolean;
  decidedBy: ScaleClassification["decidedBy"];
  /** Message key + params: the UI renders "Mikro karena modal ≤ Rp1 M dan omzet ≤ Rp2 M". */
  key: `${ScaleClassification["decidedBy"]}.${BusinessScale}`;
};

/** Pure: the scale by PP 7/2021, with the criterion that decided it, so the seller sees why. */
export const explainScale = (capitalIdr: number, annualTurnoverIdr: number): ScaleExplanation => {
  const c = classifyBusinessScale(capitalIdr, annualTurnoverIdr);
  return { scale: c.scale, isUmk: c.isUmk, decidedBy: c.decidedBy, key: `${c.decidedBy}.${c.scale}` };
};

/** BPS code of the province this platform serves (NTB); businesses register in one of its kabupaten/kota. */
export const PLATFORM_PROVINCE_CODE = "52";
