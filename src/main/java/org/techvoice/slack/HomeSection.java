package org.techvoice.slack;

import java.util.List;

import com.slack.api.model.block.LayoutBlock;

/** A feature's part of the App Home tab, shown above the command list. */
public interface HomeSection {

    /** Position on the tab: lower first. */
    int order();

    List<LayoutBlock> blocks(String teamId, String userId);
}
