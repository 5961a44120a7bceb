/** Operator jobs: background work an operator can run now, each feature contributing its own. */
package de.stammkunde.shared.job;
