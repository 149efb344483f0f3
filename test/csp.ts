// Google's CSP Evaluator on the policies one response is served with: the header and the page's meta policy. The
// browser enforces both, so a script runs only if each allows it.
import { Version } from 'csp_evaluator/dist/csp.js';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { Severity, type Finding } from 'csp_evaluator/dist/finding.js';
import { evaluateForFailure } from 'csp_evaluator/dist/lighthouse/lighthouse_checks.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';

/** The policy a built page's meta element holds (lib/site/page-policy.mjs writes it), or null. */
export function metaPolicyOf(html: string): string | null {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/i.exec(html)?.[1];
  return content === undefined ? null : content.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/**
 * The high-severity and syntax findings (a browser ignores a directive it cannot parse) of the policies served
 * together. Two views: Lighthouse's checks of several policies at once, which know that one strict policy is enough
 * (the header leaves scripts to the meta policy); and the evaluator's full set of checks on each policy that governs
 * scripts, on its own, as today's browsers read it (CSP3) and as one that knows no hashes would (CSP1): there an
 * 'unsafe-inline' kept beside the hashes, which CSP3 ignores, counts too.
 */
export function serious(policies: string[]): string[] {
  const parsed = policies.map((policy) => new CspParser(policy).csp);
  const findings: Finding[] = [
    ...evaluateForFailure(parsed),
    ...parsed.filter((csp) => 'script-src' in csp.directives || 'default-src' in csp.directives).flatMap((csp) => [Version.CSP3, Version.CSP1].flatMap((version) => new CspEvaluator(csp, version).evaluate())),
  ];
  const kept = findings.filter((f) => f.severity === Severity.HIGH || f.severity === Severity.SYNTAX);
  return [...new Set(kept.map((f) => `${f.directive}: ${f.description}`))];
}
