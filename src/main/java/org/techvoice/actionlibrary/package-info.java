/**
 * The action library: the kinds of action institutions take for the Technician Commitment, each with the concerns
 * technicians voice that it answers, so findings can be matched to actions and turned into proposals. Reference
 * data read from {@code actionlibrary/action-templates.json} and checked at start-up against the themes catalogue.
 * Depends only on {@code themes}.
 */
package org.techvoice.actionlibrary;
