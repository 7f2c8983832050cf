// The site built from the bundled corpus (corpus/), served under /framelens/.
import { siteSuite } from './suite.mjs';

siteSuite('seeds');
