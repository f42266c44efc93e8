// The packed package installed as a user installs it: an empty folder, no settings of this checkout, only the npm
// registry. Slow (an npm install), so it runs where CLAIMDIFF_PACKAGE_TEST is set (CI sets it to "required") and is
// skipped with a notice elsewhere. The script can be run alone: node scripts/check-package.mjs.
import { describe, expect, it } from 'vitest';
import { checkPackage } from '../../scripts/check-package.mjs';

const wanted = Boolean(process.env.CLAIMDIFF_PACKAGE_TEST);
if (!wanted) console.warn('package: set CLAIMDIFF_PACKAGE_TEST=1 to install the packed package in an empty folder; skipped');

describe.runIf(wanted)('the packed package, installed in an empty folder', () => {
  it('installs small, without the ONNX runtime, and compares the example pair from ESM, CommonJS and the command', () => {
    const result = checkPackage();
    const failed = result.checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`);
    expect(failed).toEqual([]);
    expect(result.checks.length).toBeGreaterThanOrEqual(8);
  }, 600_000);
});
