package org.techvoice.mydata;

import java.util.List;

import org.techvoice.privacy.PersonalDataHolder.ErasureReport;

/** The words telling a person what forget-me did, per section; implemented by the Slack adapter. */
public interface ErasureConfirmation {

    String text(List<ErasureReport> reports);
}
