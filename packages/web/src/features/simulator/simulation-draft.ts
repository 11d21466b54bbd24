import { createBody, type ProgramForm } from '../programs/form.ts';
import { activeRewards, type Program } from '../programs/model.ts';

/**
 * The program as the editor holds it, as the simulator's draft: the form's rules, and for a
 * points program being edited, its current catalog (the form only holds a new program's first
 * reward).
 */
export function simulationDraft(form: ProgramForm, program: Program | undefined) {
  const body = createBody(form);
  if (body.kind !== 'points' || program === undefined) return body;
  const catalog = activeRewards(program).map((r) => ({
    name: r.name,
    cost: r.cost,
    costPriceCents: r.costPriceCents,
    retailValueCents: r.retailValueCents,
  }));
  return { ...body, catalog };
}

export type SimulationDraft = ReturnType<typeof simulationDraft>;
