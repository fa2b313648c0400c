package org.puente.server.web;

import java.io.IOException;

/** Thrown while reading a request body that exceeds the API's size limit. */
class PayloadTooLarge extends IOException {

    PayloadTooLarge() {
        super("request body too large");
    }
}
