/**
 * The starter's internals: the clock of the reference date, the choice of the messages' language,
 * the validator that leaves warnings out of Spring's errors, and the problem details of refused
 * request bodies. Not exported; nothing here is API.
 */
package org.aldea.spring.boot.internal;
