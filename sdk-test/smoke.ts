// A smoke test of the TypeScript SDK that the build generates from openapi/openapi.json (OpenAPI Generator,
// typescript-fetch, in target/sdk/typescript), used against the running service as an app would use it.
// Usage: node dist/sdk-test/smoke.js http://localhost:8080
import {
  CodesApi, Configuration, Language, ProblemFromJSON, ResponseError, ScoresApi, SearchApi, SitesApi, SyncApi,
  TreatmentOptionsApi, TriageApi, PatientProfile,
} from '../target/sdk/typescript';

const failures: string[] = [];
const check = (ok: boolean, message: string): void => { if (!ok) failures.push(message); };

async function status(call: () => Promise<unknown>): Promise<number> {
  try {
    await call();
    return 200;
  } catch (e) {
    if (e instanceof ResponseError) return e.response.status;
    throw e;
  }
}

async function main(base: string): Promise<void> {
  const config = new Configuration({ basePath: base.replace(/\/$/, '') });
  const sites = new SitesApi(config);

  const regions = await sites.listSites({ kind: 'region' });
  check(regions.items.length > 0 && regions.items.every(s => s.kind === 'region'), 'list of regions');

  const spine = await sites.getSite({ slug: 'spine', lang: Language.De });
  check(spine.slug === 'spine' && spine.language === 'de', `German entry: ${spine.language}`);

  const first = await sites.getSiteRaw({ slug: 'spine' });
  const etag = first.raw.headers.get('etag') ?? '';
  const revalidated = await status(() => sites.getSite({ slug: 'spine', ifNoneMatch: etag }));
  check(revalidated === 304, `a current ETag should be answered 304 (not modified), got ${revalidated}`);

  const hits = await new SearchApi(config).search({ q: 'spinal cord' });
  check(hits.items.length > 0, 'search hits');

  const lookup = await new CodesApi(config).lookupCode({ system: 'icd-10', code: 'C79.5' });
  check(lookup.items.some(i => i.slug === 'skeleton'), 'code lookup');

  const mirels = await new ScoresApi(config).calculateScore({ score: 'mirels',
    scoreInputs: { site: 'peritrochanteric', pain: 'functional', lesion: 'lytic', size: 'over-two-thirds' } });
  check(mirels.total === 12 && !!mirels.disclaimer, `Mirels total ${mirels.total}`);

  const profile: PatientProfile = {
    primaryCancer: 'prostate-cancer', castrationResistant: true, boneLesionCount: 3,
    lesions: [{ site: 'thoracic-spine', spinalLevel: 'T7', lesionType: 'blastic', pain: 'mechanical' }],
    visceralMetastases: 'none', ecog: 1, neurology: { deficit: 'none', ambulatory: true },
    creatinineClearance: 45, correctedCalcium: { value: 2.4, unit: 'mmol-l' }, dentalStatus: 'healthy',
    expectedSurvivalMonths: 12, bilskyGrade: '1a',
    scoreInputs: { sins: { location: 'semi-rigid', pain: 'mechanical', lesion: 'blastic', alignment: 'normal',
      collapse: 'none', posterolateral: 'none' } },
  };
  const options = await new TreatmentOptionsApi(config).evaluateTreatmentOptions({ patientProfile: profile });
  check(options.options.length > 0 && options.disclaimer.length > 0, 'treatment options with a disclaimer');

  const triage = await new TriageApi(config).evaluateTriage({
    triageRequest: { findings: ['thoracic-or-cervical-spinal-pain', 'limb-weakness'], knownCancer: true } });
  check(triage.urgency === 'emergency', `triage urgency ${triage.urgency}`);

  const sync = new SyncApi(config);
  const bundle = await sync.getBundle();
  check(bundle.sites.length > 0 && !!bundle.cursor, 'bundle');
  let since: string | undefined;
  let changes = 0;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await sync.listChanges({ since, limit: 200 });
    changes += page.items.length;
    if (!page.next) break;
    since = page.next;
  }
  check(changes > 100, `change feed followed to its end: ${changes} changes`);

  try {
    // a calcium far outside what the calculator accepts
    await new ScoresApi(config).calculateScore({ score: 'corrected-calcium', scoreInputs: { calcium: 99, albumin: 30, unit: 'mmol-l' } });
    check(false, 'an invalid score input should be refused');
  } catch (e) {
    check(e instanceof ResponseError, 'the refusal is a ResponseError');
    if (e instanceof ResponseError) {
      const problem = ProblemFromJSON(await e.response.json());
      check(problem.status === 400 && (problem.errors ?? []).length > 0, `typed problem: ${JSON.stringify(problem)}`);
    }
  }

  console.log(`TypeScript SDK: ${regions.items.length} regions, ${hits.items.length} hits, ${options.options.length} options, `
    + `${changes} changes, revalidation ${revalidated}`);
}

main(process.argv[2] ?? 'http://localhost:8080').then(() => {
  if (failures.length) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
}, e => {
  console.error(e);
  process.exit(1);
});
