namespace IdentityProviders.Emulator.Zitadel;

/// <summary>Ends a request with the gateway's error body; thrown by handlers, written by the guard middleware.</summary>
internal sealed class ZitadelRpcException(int httpStatus, int grpcCode, string message, string? errorId = null) : Exception(message)
{
    public int HttpStatus { get; } = httpStatus;

    public int GrpcCode { get; } = grpcCode;

    public string? ErrorId { get; } = errorId;

    public static ZitadelRpcException Invalid(string message, string? errorId = null) =>
        new(StatusCodes.Status400BadRequest, ZitadelConstants.InvalidArgument, message, errorId);

    public static ZitadelRpcException NotFound(string message = "Errors.IDPConfig.NotExisting", string? errorId = "COMMAND-2n8vs") =>
        new(StatusCodes.Status404NotFound, ZitadelConstants.NotFound, message, errorId);
}
