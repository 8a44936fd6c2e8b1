/** The draft's record of submitted self-assessments (issue 17), used by the draft's Slack adapter and the playground. */
@NamedInterface("submission")
package org.techvoice.draft.submission;

import org.springframework.modulith.NamedInterface;
