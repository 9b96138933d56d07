/**
 * Spring Boot auto-configuration for Aldea: add {@code org.aldea:aldea-spring-boot-starter} and
 * Boot's JSON mapper reads and writes Aldea's types with Aldea's input limits, refused bodies are
 * answered with problem details that repeat nothing of the input, {@code @Valid} applies Aldea's
 * rules with a reference date and a language you control, and an {@link
 * org.aldea.validation.AldeaValidator} is ready to inject. Settings: {@link
 * org.aldea.spring.boot.AldeaProperties}.
 */
package org.aldea.spring.boot;
