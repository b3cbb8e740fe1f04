import { z } from "zod";
import { listNotificationsQuerySchema, savePreferencesSchema } from "@/lib/validation/notifications";
import { notificationPageSchema, notificationPreferencesSchema, notificationViewSchema } from "@/lib/validation/views/notifications";
import { errorResponse, jsonResponse, jsonSchema, queryParameters, type OpenApiFeature } from "./registry";

const idParam = [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }];
const signedIn = { "401": errorResponse("Not signed in.") };
const tags = ["Notifications"];

export const notificationsFeature: OpenApiFeature = {
  tags: [{ name: "Notifications", description: "The caller's own in-app notifications and delivery preferences (mail, WhatsApp)." }],
  schemas: {
    Notification: jsonSchema(notificationViewSchema),
    NotificationPage: jsonSchema(notificationPageSchema),
    NotificationPreferences: jsonSchema(notificationPreferencesSchema),
  },
  paths: {
    "/api/v1/notifications": {
      get: {
        tags,
        operationId: "listNotifications",
        summary: "The caller's notifications, newest first (own only)",
        parameters: queryParameters(listNotificationsQuerySchema),
        responses: { "200": jsonResponse("One page.", "NotificationPage"), "400": errorResponse("Invalid parameters."), ...signedIn },
      },
    },
    "/api/v1/notifications/{id}/read": {
      post: {
        tags,
        operationId: "readNotification",
        summary: "Mark one notification read (idempotent)",
        parameters: idParam,
        responses: { "200": jsonResponse("The notification, read.", "Notification"), ...signedIn, "404": errorResponse("No such notification of the caller.") },
      },
    },
    "/api/v1/notifications/read-all": {
      post: {
        tags,
        operationId: "readAllNotifications",
        summary: "Mark every unread notification read",
        responses: {
          "200": { description: "How many were marked.", content: { "application/json": { schema: jsonSchema(z.object({ marked: z.number().int() })) } } },
          ...signedIn,
        },
      },
    },
    "/api/v1/notifications/preferences": {
      get: {
        tags,
        operationId: "getNotificationPreferences",
        summary: "The caller's choices per category and channel",
        responses: { "200": jsonResponse("The preferences, defaults filled in.", "NotificationPreferences"), ...signedIn },
      },
      put: {
        tags,
        operationId: "saveNotificationPreferences",
        summary: "Save choices; categories not named keep theirs",
        requestBody: { required: true, content: { "application/json": { schema: jsonSchema(savePreferencesSchema, "input") } } },
        responses: {
          "200": jsonResponse("The preferences now.", "NotificationPreferences"),
          ...signedIn,
          "422": errorResponse("Invalid body, or WhatsApp switched on without a verified number (`whatsapp_not_verified`)."),
        },
      },
    },
    "/api/v1/notifications/unsubscribe": {
      post: {
        tags,
        operationId: "unsubscribeFromCategory",
        summary: "One-click unsubscribe from a mail (RFC 8058)",
        description: "Sent by mail clients from the List-Unsubscribe header; the signed token names the person and category. Switches that category's email off.",
        security: [],
        parameters: [{ name: "token", in: "query", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "Unsubscribed.", content: { "application/json": { schema: jsonSchema(z.object({ category: z.string() })) } } },
          "400": errorResponse("The token was not signed by Pasar UMK."),
        },
      },
    },
  },
};
