/** Tenancy use cases: provisioning, suspension, migrations, the registry; each public method a transaction boundary. */
package de.stammkunde.tenancy.application;
