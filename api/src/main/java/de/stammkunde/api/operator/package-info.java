/** Endpoints for platform operators (realm role operator). */
package de.stammkunde.api.operator;
