/** Text rules that hold for every output, Slack or file, and so belong to no adapter. */
package org.techvoice.text;
