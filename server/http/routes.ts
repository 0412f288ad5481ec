// Where features plug in: each feature exports `routes(app, ctx)` from its routes.ts and adds one
// line below. Each runs in its own encapsulated scope (its content-type parsers and hooks stay
// its own); auth, problem+json and OpenAPI come from app.ts.
import type { AppContext } from '../context';
import type { ZodApp } from './app';
import { routes as accounts } from '../features/accounts/routes';
import { routes as agencies } from '../features/agencies/routes';
import { routes as audit } from '../features/audit/routes';
import { routes as requests } from '../features/requests/routes';
import { routes as jurisdictions } from '../features/jurisdictions/routes';
import { routes as correspondence } from '../features/correspondence/routes';
import { routes as records } from '../features/records/routes';
import { routes as scorecard } from '../features/scorecard/routes';
import { routes as documentList } from '../features/document-list/routes';
import { routes as jobs } from '../features/jobs/routes';
import { routes as exportRequests } from '../features/export/routes';
import { routes as reingest } from '../features/records/reingest-routes';
import { routes as letterTemplates } from '../features/correspondence/letter-templates-routes';

type FeatureRoutes = (app: ZodApp, ctx: AppContext) => void | Promise<void>;

const features: FeatureRoutes[] = [
  accounts,
  agencies,
  audit,
  requests,
  jurisdictions,
  correspondence,
  records,
  scorecard,
  documentList,
  jobs,
  exportRequests,
  reingest,
  letterTemplates,
];

export async function registerRoutes(app: ZodApp, ctx: AppContext): Promise<void> {
  for (const feature of features) {
    await app.register(async (scope) => feature(scope as unknown as ZodApp, ctx));
  }
}
