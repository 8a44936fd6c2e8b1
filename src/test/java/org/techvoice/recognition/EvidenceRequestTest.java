package org.techvoice.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The ids of an evidence request come back from a button value anyone could forge: only Slack-shaped ids pass. */
class EvidenceRequestTest {

    @Test
    void slackShapedIdsAreAccepted() {
        EvidenceRequest request = new EvidenceRequest("U0REQ0001", "W0AUTH001", "C0LAB0001", "1700000000.000100", null, "text");
        assertThat(request.dmKey()).isEqualTo("evidence-request:C0LAB0001:1700000000.000100:U0REQ0001");
        assertThat(new EvidenceRequest("U0REQ0001", "U0AUTH001", "D0DM00001", "1700000000.000100", null, "t")).isNotNull();
    }

    @Test
    void forgedIdsAreRefused() {
        for (String[] forged : new String[][] {
                {"U0REQ0001", "U0AUTH001%", "C0LAB0001", "1700000000.000100"},
                {"u0req0001", "U0AUTH001", "C0LAB0001", "1700000000.000100"},
                {"U0REQ0001", "U0AUTH001", "C0LAB0001:evil", "1700000000.000100"},
                {"U0REQ0001", "X0AUTH001", "C0LAB0001", "1700000000.000100"},
                {"U0REQ0001", "U0AUTH001", "C0LAB0001", "1700000000.000100' or 1=1"},
                {null, "U0AUTH001", "C0LAB0001", "1700000000.000100"}}) {
            assertThatThrownBy(() -> new EvidenceRequest(forged[0], forged[1], forged[2], forged[3], null, "text"))
                    .as(String.join(",", String.valueOf(forged[0]), forged[1], forged[2], forged[3]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
