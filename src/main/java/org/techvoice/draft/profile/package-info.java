/** The draft's profile part, used by the draft's Slack adapter and the playground. */
@NamedInterface("profile")
package org.techvoice.draft.profile;

import org.springframework.modulith.NamedInterface;
