package de.stammkunde.it;

/** The users of the realm file docker/keycloak/stammkunde-realm.json; each password is the username. */
public final class DemoUsers {

    public static final String OPERATOR = "operator";
    public static final String OWNER = "owner";
    public static final String MANAGER = "manager";
    public static final String STAFF = "staff";
    public static final String CLIENT = "client";

    private DemoUsers() {
    }

    public static String password(String username) {
        return username;
    }
}
