import * as fake from "../fakes/excel-fake";
import { installPresentationFake } from "../fakes/presentation-fake";

/* Every suite that writes through the recording fake may write print-ready sheets (see presentation-fake.ts). */
installPresentationFake(fake);
