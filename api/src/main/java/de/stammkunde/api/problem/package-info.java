/** RFC 9457 problem details: one shape for every error the API answers with, in German or English. */
package de.stammkunde.api.problem;
