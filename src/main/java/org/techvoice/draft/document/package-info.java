/** The draft's document part, used by the draft's Slack adapter and the playground. */
@NamedInterface("document")
package org.techvoice.draft.document;

import org.springframework.modulith.NamedInterface;
