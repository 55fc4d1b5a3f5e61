// Every emulator a test makes starts with the quirks Google showed in conformance/results (none
// until a maintainer runs the suite on Google), as the offline commands do (scripts/cli.ts).
import { setQuirkDefaults } from '@ppid-sheets/emulator';
import { defaultQuirks } from '../conformance/node/results';

setQuirkDefaults(() => defaultQuirks());
