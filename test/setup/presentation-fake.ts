import * as fake from "../fakes/excel";
import { installPresentationFake } from "../fakes/presentation-fake";
import { installSubmissionFake } from "../fakes/submission-fake";

/* Every suite that writes through the recording fake may write print-ready and submission sheets. */
installPresentationFake(fake);
installSubmissionFake(fake);
