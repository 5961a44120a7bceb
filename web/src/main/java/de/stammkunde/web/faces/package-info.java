/** Faces plumbing shared by the console pages. */
package de.stammkunde.web.faces;
