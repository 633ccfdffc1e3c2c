package org.bonemet.system;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts {@link ResponseContract} on every REST Assured request of every Quarkus test. */
public class ResponseContractCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ResponseContract.INSTANCE)) {
            RestAssured.filters(ResponseContract.INSTANCE);
        }
    }
}
