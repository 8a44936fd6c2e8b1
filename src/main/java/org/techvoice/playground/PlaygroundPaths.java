package org.techvoice.playground;

/** Where the playground lives on the app's own server. */
final class PlaygroundPaths {

    /** The Web API stand-in: {@code techvoice.slack.api-url} points here. */
    static final String SLACK_API = "/playground/slack-api";
    /** The response_url of each request the page dispatches: {@code RESPONSE/<id>}. */
    static final String RESPONSE = SLACK_API + "/response";
    /** Where files.getUploadURLExternal tells the SDK to POST a file's bytes: {@code UPLOAD/<file id>}. */
    static final String UPLOAD = SLACK_API + "/upload";
    /** The page's JSON API. */
    static final String API = "/playground/api";
    /** Uploaded files, for download from the page. */
    static final String FILES = "/playground/files";

    private PlaygroundPaths() {
    }
}
