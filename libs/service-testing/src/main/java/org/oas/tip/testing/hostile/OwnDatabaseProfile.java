package org.oas.tip.testing.hostile;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile of its own, so Quarkus starts the application again for the class that uses it, with its test
 * resources: the hostile campaign then writes what it may accept into a fresh database no other test reads.
 */
public class OwnDatabaseProfile implements QuarkusTestProfile {
}
