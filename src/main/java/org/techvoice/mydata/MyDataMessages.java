package org.techvoice.mydata;

import java.util.List;

import org.techvoice.privacy.PersonalDataHolder.ErasureReport;

/** The words of the messages my-data and forget-me send; implemented by the Slack adapter. */
public interface MyDataMessages {

    /** The comment posted with the exported file. */
    String exportComment(List<String> sections);

    /** The apology when the export failed on our side, after every retry: no file was sent. */
    String exportFailed();

    /** What forget-me did, per section. */
    String erased(List<ErasureReport> reports);

    /** The apology when an erasure failed on our side, after every retry: nothing was erased. */
    String erasureFailed();
}
