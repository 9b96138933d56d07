/**
 * Internals of the JSON module: the streaming reader and canonical writer of the exchange format,
 * and the Jackson serializers and deserializers built on them. Not exported.
 */
package org.aldea.json.internal;
