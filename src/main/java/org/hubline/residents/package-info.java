/**
 * Residents who ask for help: who they are, how to reach them, their household, vulnerability
 * and consent (with its history), finding likely existing residents while a handler types, and
 * merging duplicates (undoably).
 */
package org.hubline.residents;
