/**
 * The one check behind every lookup of a program fact by id (src/data/facts.ts): the fact must exist and, when the
 * caller needs one kind (an amount to compute with, a label to print on a button), be of that kind. It throws, so a
 * missing or changed fact fails the build with a message naming who asked.
 */
import type { Fact } from '../../schemas/fact';

const article = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

/**
 * @param facts facts by id, e.g. the catalog's (only own properties count: "constructor" is no fact).
 * @param who names the caller in the error, e.g. 'EligibilityPage' or '<Label id="tombol-daftar">'.
 * @example requireFact(catalog.facts, 'saldo-pelatihan', 'PlannerPage', 'amount').value // the balance, in rupiah
 * @throws Error "PlannerPage: no content/facts/saldo-pelatihan.yaml", or "… is a count, not an amount".
 */
export function requireFact<K extends Fact['kind']>(
  facts: Readonly<Record<string, Fact>>,
  id: string,
  who: string,
  kind?: K,
): Extract<Fact, { kind: K }> {
  const fact = Object.hasOwn(facts, id) ? facts[id] : undefined;
  if (!fact) throw new Error(`${who}: no content/facts/${id}.yaml`);
  if (kind && fact.kind !== kind) {
    throw new Error(`${who}: content/facts/${id}.yaml is ${article(fact.kind)}, not ${article(kind)}`);
  }
  return fact as Extract<Fact, { kind: K }>;
}
