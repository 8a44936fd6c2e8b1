package org.techvoice.slack;

import com.slack.api.bolt.App;

/** One kind of Slack interaction (a command, block actions, view submissions, events) wired into Bolt. */
public interface BoltListener {

    void register(App app);
}
