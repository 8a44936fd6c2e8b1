/** The draft's actionplan part, used by the draft's Slack adapter and the playground. */
@NamedInterface("actionplan")
package org.techvoice.draft.actionplan;

import org.springframework.modulith.NamedInterface;
