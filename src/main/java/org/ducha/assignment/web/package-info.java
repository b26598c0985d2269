/** The assignment pages and REST endpoints (API.md "Problems and assignments"). */
package org.ducha.assignment.web;
