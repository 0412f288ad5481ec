// Shared by latam.test.ts and commonwealth.test.ts: the rule-file modules of this folder by file name.
import type { JurisdictionRules } from '../types';

export type RuleModule = { rules: JurisdictionRules; reference: Record<string, string> };

export const INTERNATIONAL_MODULES = import.meta.glob<RuleModule>(['./*.ts', '!./index.ts', '!./*.test.ts', '!./international-fidelity.ts'], { eager: true });

export const moduleFor = (id: string): RuleModule | undefined => INTERNATIONAL_MODULES[`./${id}.ts`];
