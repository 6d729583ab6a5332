/**
 * Which component draws each MDX tag (`<Step>`, `<Fact>`, `<TrainerNote>`…) in each view of the content: every
 * page that renders a lesson or a session plan passes `mdxComponents(view)` to its `<Content components={…} />`.
 *
 * Trainer notes: only the presenter window shows them (the session plan lists them too, read from the lessons'
 * source by SessionPage, not through this map). The learner's lesson page (also what a kiosk shows), the
 * projector screen and the printed handout map `<TrainerNote>` to Hidden, which renders nothing. A note often
 * holds the answer to the lesson's quiz, or words meant for the trainer alone: hiding it with CSS would still
 * put it in HTML that the audience can read, save or print, so it must never be rendered there at all.
 * scripts/budgets.mjs and tests/e2e/trainer.spec.ts check the built HTML for exactly this.
 *
 * Every page that imports this module imports every part below, and Astro puts a component's `<style>` into each
 * page that imports it, rendered or not. So these parts carry no `<style>` of their own: their CSS is in the
 * stylesheets of the pages that show them (global.css, lesson.css, deck.css, handout.css; read-aloud.css, see
 * ReadAloud.astro).
 *
 * @example <Content components={mdxComponents('handout')} />
 */
import Step from './Step.astro';
import Fact from './Fact.astro';
import Label from './Label.astro';
import Figure from './Figure.astro';
import Tip from './Tip.astro';
import Warn from './Warn.astro';
import Term from './Term.astro';
import Tool from './Tool.astro';
import Practice from './Practice.astro';
import Hidden from './Hidden.astro';
import RedeemExample from './RedeemExample.astro';
import DeadlineExample from './DeadlineExample.astro';
import DeadlineExampleCompact from './DeadlineExampleCompact.astro';
import Slide from '../trainer/Slide.astro';
import Note from '../trainer/Note.astro';
import HandoutStep from '../trainer/HandoutStep.astro';

/**
 * - `learner`: the lesson page, step by step (kiosks show the same page);
 * - `presenter`: the trainer's laptop in the slide deck, trainer notes shown beside the slide;
 * - `screen`: the projector in the slide deck, the slide alone;
 * - `handout`: the printable A4 sheet of one lesson;
 * - `session`: a module's session plan (content/sessions/), whose own text uses only facts and labels.
 */
export type ContentView = 'learner' | 'presenter' | 'screen' | 'handout' | 'session';

/** Parts every lesson view draws the same way. */
const shared = { Fact, Label, Figure, Tip, Warn, Term, Tool, Practice, RedeemExample, DeadlineExample };

/** The slide deck's two windows differ only in the notes. The fifteen-day strip of the deadline example would not
 * fit a slide: the deck shows its sentence only. */
const deck = { ...shared, Step: Slide, DeadlineExample: DeadlineExampleCompact };

const views = {
  learner: { ...shared, Step, TrainerNote: Hidden },
  presenter: { ...deck, TrainerNote: Note },
  screen: { ...deck, TrainerNote: Hidden },
  // Links to interactive tools and simulators mean nothing on paper.
  handout: { ...shared, Step: HandoutStep, Tool: Hidden, Practice: Hidden, TrainerNote: Hidden },
  session: { Fact, Label },
} satisfies Record<ContentView, Record<string, unknown>>;

/** The components for `<Content components={…} />` in one view. */
export function mdxComponents(view: ContentView): (typeof views)[ContentView] {
  return views[view];
}
