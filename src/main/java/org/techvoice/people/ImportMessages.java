package org.techvoice.people;

/** The words of the DMs that tell an admin how a technician import went; implemented by the Slack adapter. */
public interface ImportMessages {

    /** A count of who was imported, or every problem (nobody was imported then). */
    String outcome(TechnicianImport.Result result);

    /** The apology when the import failed on our side, after every retry. */
    String failed();
}
