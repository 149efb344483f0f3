// The common unit: a machine's accelerators counted in H100 SXM equivalents, an estimate by Epoch AI's method (the
// chip's dense 16-bit performance relative to the H100's, 8-bit where the datasheet gives no 16-bit figure), from
// the chip table in data/chips.json. Browser-safe and pure: the pages, the CSV and the compute figure call it.
import type { Accelerator, Chip, ChipTable } from './schema';

export interface H100Estimate {
  /** H100 SXM equivalents, unrounded; an estimate, never a measured figure. */
  value: number;
  /** The precisions the parts were compared at, in the order met. */
  basis: ('fp16' | 'fp8')[];
  /** Some count is a lower bound ("more than 8,000 GPUs"): the estimate is one too. */
  lowerBound: boolean;
  /** Some count is an upper bound ("up to 1,000 GPUs"). */
  upperBound: boolean;
  /** Some count is approximate ("about 1,000"). */
  approximate: boolean;
  /** False when some accelerator of the machine has no chip-table id or no count, so is left out. */
  complete: boolean;
}

/** Thrown for a chip id the table lacks: validation rejects such a record first, naming record and field. */
export class UnknownChipError extends Error {
  constructor(readonly chip: string) {
    super(`chip "${chip}" is not in the chip table (data/chips.json)`);
    this.name = 'UnknownChipError';
  }
}

/** One chip's worth in H100s, and the precision compared at; null when its datasheet gives neither figure. */
export function chipRatio(chip: Chip, reference: Chip): { ratio: number; basis: 'fp16' | 'fp8' } | null {
  const { fp16, fp8 } = chip.denseTflops;
  if (fp16 !== null && reference.denseTflops.fp16 !== null) return { ratio: fp16 / reference.denseTflops.fp16, basis: 'fp16' };
  if (fp8 !== null && reference.denseTflops.fp8 !== null) return { ratio: fp8 / reference.denseTflops.fp8, basis: 'fp8' };
  return null;
}

/**
 * The estimate for one machine's accelerators, or null when no part has both a chip-table id and a count. Parts of
 * one machine add up (they are the same machine, at the same status); machines of different status never do.
 */
export function h100Equivalents(accelerators: readonly Accelerator[], table: ChipTable): H100Estimate | null {
  const byId = new Map(table.chips.map((c) => [c.id, c]));
  const reference = byId.get(table.reference);
  if (!reference) throw new UnknownChipError(table.reference);
  let value = 0;
  let counted = 0;
  const basis: H100Estimate['basis'] = [];
  let lowerBound = false;
  let upperBound = false;
  let approximate = false;
  for (const part of accelerators) {
    if (part.chip === null || part.count === null) continue;
    const chip = byId.get(part.chip);
    if (!chip) throw new UnknownChipError(part.chip);
    const r = chipRatio(chip, reference);
    if (!r) continue;
    value += part.count * r.ratio;
    counted += 1;
    if (!basis.includes(r.basis)) basis.push(r.basis);
    lowerBound ||= part.countQualifier === 'at-least';
    upperBound ||= part.countQualifier === 'up-to';
    approximate ||= part.countQualifier === 'about';
  }
  if (!counted) return null;
  return { value, basis, lowerBound, upperBound, approximate, complete: counted === accelerators.length };
}
